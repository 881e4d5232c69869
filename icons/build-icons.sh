#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Rebuilds the application icon files in this folder from their SVG sources:
#   semblance-N.png  N = 16, 24, 32, 48 from small/semblance-N.svg (drawn on each size's own pixel grid)
#                    N = 64, 128, 256, 512 from semblance.svg
#   semblance.ico    Windows: 16, 24, 32, 48, 64, 128, 256 (PNG-compressed entries)
#   semblance.icns   macOS: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024 (PNG payloads)
#
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin) and nothing else; the build of the application does
# not run this script, it uses the committed files. The output is the same bytes on every run.
set -euo pipefail
cd "$(dirname "$0")"

command -v rsvg-convert >/dev/null || { echo "build-icons.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# render SIZE SVG OUT
render() {
    rsvg-convert --width "$1" --height "$1" --format png --output "$3" "$2"
}

for n in 16 24 32 48; do
    render "$n" "small/semblance-$n.svg" "semblance-$n.png"
done
for n in 64 128 256 512; do
    render "$n" semblance.svg "semblance-$n.png"
done
render 1024 semblance.svg "$tmp/semblance-1024.png"

# Binary writers: bytes are written with printf's \x escapes.
byte() { printf "\\x$(printf %02x "$1")"; }
le16() { byte $(($1 & 255)); byte $(($1 >> 8 & 255)); }
le32() { le16 $(($1 & 65535)); le16 $(($1 >> 16 & 65535)); }
be32() { byte $(($1 >> 24 & 255)); byte $(($1 >> 16 & 255)); byte $(($1 >> 8 & 255)); byte $(($1 & 255)); }
size_of() { wc -c <"$1" | tr -d ' '; }

# ICO: 6-byte header, one 16-byte directory entry per image, then the PNG files in the same order.
ico_sizes=(16 24 32 48 64 128 256)
{
    le16 0; le16 1; le16 ${#ico_sizes[@]}
    offset=$((6 + 16 * ${#ico_sizes[@]}))
    for n in "${ico_sizes[@]}"; do
        len=$(size_of "semblance-$n.png")
        byte $((n & 255)); byte $((n & 255))   # width, height; 0 means 256
        byte 0; byte 0                           # no palette, reserved
        le16 1; le16 32                          # colour planes, bits per pixel
        le32 "$len"; le32 "$offset"
        offset=$((offset + len))
    done
    for n in "${ico_sizes[@]}"; do cat "semblance-$n.png"; done
} >"$tmp/semblance.ico"

# ICNS: 'icns' and the file length (big-endian), then per image its type, 8 + payload length, and the PNG.
icns_types=(icp4:16 icp5:32 icp6:64 ic07:128 ic08:256 ic09:512 ic10:1024)
png_for() { if [ "$1" = 1024 ]; then echo "$tmp/semblance-1024.png"; else echo "semblance-$1.png"; fi; }
total=8
for t in "${icns_types[@]}"; do total=$((total + 8 + $(size_of "$(png_for "${t#*:}")"))); done
{
    printf icns; be32 "$total"
    for t in "${icns_types[@]}"; do
        png=$(png_for "${t#*:}")
        printf %s "${t%%:*}"; be32 $((8 + $(size_of "$png")))
        cat "$png"
    done
} >"$tmp/semblance.icns"

mv "$tmp/semblance.ico" semblance.ico
mv "$tmp/semblance.icns" semblance.icns
echo "build-icons.sh: wrote semblance-{16,24,32,48,64,128,256,512}.png, semblance.ico, semblance.icns"
