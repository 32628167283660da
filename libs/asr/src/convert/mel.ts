import { readFileSync } from 'node:fs';
import { TINY_HEADER_PATH } from '../test-model.js';

/** Whisper's mel filterbank shape: n_fft 400 at 16 kHz gives 201 frequency bins. */
export const N_FFT_BINS = 201;

/** Slaney's mel scale (librosa's default, htk=False): linear below 1 kHz, logarithmic above. */
const F_SP = 200 / 3;
const MIN_LOG_HZ = 1000;
const MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
const LOG_STEP = Math.log(6.4) / 27;
const hzToMel = (hz: number) => (hz >= MIN_LOG_HZ ? MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP : hz / F_SP);
const melToHz = (mel: number) => (mel >= MIN_LOG_MEL ? MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL)) : F_SP * mel);

/**
 * The filterbank OpenAI's Whisper uses (`mel_filters.npz`, made by librosa.filters.mel with
 * sr 16000, n_fft 400, Slaney scale and area normalisation), computed: n_mels × 201, row-major.
 */
export function computeMelFilters(nMels: number): Float32Array {
  const fftFreqs = Array.from({ length: N_FFT_BINS }, (_, k) => (k * 8000) / (N_FFT_BINS - 1));
  const maxMel = hzToMel(8000);
  const melF = Array.from({ length: nMels + 2 }, (_, i) => melToHz((i * maxMel) / (nMels + 1)));
  const out = new Float32Array(nMels * N_FFT_BINS);
  for (let m = 0; m < nMels; m++) {
    const lowerWidth = melF[m + 1]! - melF[m]!;
    const upperWidth = melF[m + 2]! - melF[m + 1]!;
    const norm = 2 / (melF[m + 2]! - melF[m]!);
    for (let k = 0; k < N_FFT_BINS; k++) {
      const lower = (fftFreqs[k]! - melF[m]!) / lowerWidth;
      const upper = (melF[m + 2]! - fftFreqs[k]!) / upperWidth;
      out[m * N_FFT_BINS + k] = Math.max(0, Math.min(lower, upper)) * norm;
    }
  }
  return out;
}

/** The 80-mel filters exactly as whisper.cpp's own model files carry them (from the committed tiny header). */
function committedFilters80(): Float32Array {
  const header = readFileSync(TINY_HEADER_PATH);
  const nMels = header.readInt32LE(48);
  const nFft = header.readInt32LE(52);
  if (nMels !== 80 || nFft !== N_FFT_BINS) throw new Error('the committed tiny header does not carry 80 × 201 mel filters');
  return new Float32Array(Uint8Array.from(header.subarray(56, 56 + 4 * nMels * nFft)).buffer);
}

/** Filters for a model: the committed ones for 80 mels (every Whisper up to large-v2), computed ones otherwise (128: large-v3). */
export function melFilters(nMels: number): Float32Array {
  return nMels === 80 ? committedFilters80() : computeMelFilters(nMels);
}
