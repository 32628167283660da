"""faster-whisper (CTranslate2) on one or more WAV files, for `npm run bench:asr`.

Usage: faster-whisper-run.py <ct2 model dir> <compute type> <threads> <beam> <language> <wav>...
Prints one JSON line per file: {"file", "text", "seconds"} (seconds: transcription only,
the model load excluded; the benchmark times the whole process too).
Decoding as Samtal's whisper.cpp runs: no earlier text as context, temperature fallback on,
no voice activity detection (the benchmark hands both engines the same samples).
"""
import json
import sys
import time

from faster_whisper import WhisperModel

model_dir, compute_type, threads, beam, language, *wavs = sys.argv[1:]
model = WhisperModel(model_dir, device="cpu", compute_type=compute_type, cpu_threads=int(threads), num_workers=1)
for wav in wavs:
    started = time.perf_counter()
    segments, _info = model.transcribe(
        wav,
        language=language,
        beam_size=int(beam),
        condition_on_previous_text=False,
        vad_filter=False,
    )
    text = " ".join(s.text.strip() for s in segments)
    print(json.dumps({"file": wav, "text": text, "seconds": time.perf_counter() - started}, ensure_ascii=False), flush=True)
