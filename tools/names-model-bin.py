#!/usr/bin/env python3
# names-model-bin.py — the names tagger's weights, ready to use (run at build time)
#
# Copyright 2026 The Dossier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: python3 tools/names-model-bin.py data/lexicon/names-model.txt OUT.bin
#
# Reads the weights that tools/train-names.py writes and lays them out as
# src/core/analysis/dossier-names-tagger.c's load_model () would after
# parsing them: its open-addressing table of (key, index + 1) pairs and its
# rows of nine weights, little-endian. The tagger then maps the resource
# instead of parsing 1 MB of text at start. Header: "DNMB", version, the
# number of rows, the number of slots (a power of two). A line of another
# form than the trainer's (8 hex digits, a tab, nine integers one space
# apart) makes a blob of version 0: the tagger then parses the text, which
# the resource keeps too.
import re
import struct
import sys

N_TAGS = 9
LINE = re.compile(rb"^([0-9A-Fa-f]{8})\t(-?[0-9]{1,9}(?: -?[0-9]{1,9}){8})$")


def build(data):
    cap = data.count(b"\n")
    table = 64
    while table < cap * 2 + 2:
        table <<= 1
    mask = table - 1
    slots = [0] * (2 * table)
    rows = []
    lines = data.split(b"\n")
    # (a last line without its newline: the tagger's general parser)
    if lines and lines[-1] != b"":
        return None
    for line in lines[:-1]:
        if line == b"" or line.startswith(b"#"):
            continue
        m = LINE.match(line)
        if m is None:
            return None
        key = int(m.group(1), 16)
        weights = [int(w) for w in m.group(2).split(b" ")]
        slot = (key ^ (key >> 15)) & mask
        while slots[2 * slot + 1] != 0 and slots[2 * slot] != key:
            slot = (slot + 1) & mask
        if slots[2 * slot + 1] == 0:
            slots[2 * slot] = key
            slots[2 * slot + 1] = len(rows) + 1
            rows.append(weights)
    out = [struct.pack("<4sIII", b"DNMB", 1, len(rows), table),
           struct.pack("<%dI" % len(slots), *slots)]
    for w in rows:
        out.append(struct.pack("<%di" % N_TAGS, *w))
    return b"".join(out)


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    blob = build(data)
    if blob is None:
        blob = struct.pack("<4sIII", b"DNMB", 0, 0, 0)
    with open(sys.argv[2], "wb") as f:
        f.write(blob)


if __name__ == "__main__":
    main()
