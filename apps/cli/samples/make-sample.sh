#!/usr/bin/env bash
# Regenerates the bundled sample call from its sidecar transcript with espeak-ng:
# agent on the left channel, caller on the right, 16 kHz, Opus in Ogg.
# Usage: make-sample.sh bostadstillagg   (reads bostadstillagg.txt, writes bostadstillagg.ogg)
set -euo pipefail
cd "$(dirname "$0")"
name=${1:?name of the sample}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
i=0
while IFS= read -r line; do
  [ -z "$line" ] && continue
  speaker=${line%%:*}
  text=${line#*: }
  if [ "$speaker" = agent ]; then pan='stereo|c0=c0|c1=0*c0'; voice=sv+f3; else pan='stereo|c0=0*c0|c1=c0'; voice=sv+m3; fi
  espeak-ng -v "$voice" -s 160 -w "$work/$i.wav" "$text"
  ffmpeg -nostdin -v error -y -i "$work/$i.wav" -af "pan=$pan,apad=pad_dur=0.4" -ar 16000 "$work/$i-stereo.wav"
  echo "file '$work/$i-stereo.wav'" >> "$work/list.txt"
  i=$((i + 1))
done < "$name.txt"
ffmpeg -nostdin -v error -y -f concat -safe 0 -i "$work/list.txt" -c:a libopus -b:a 24k "$name.ogg"
