#!/usr/bin/env python3
# train-names.py — trains the names pass's tagger (a greedy averaged perceptron)
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage:
#   python3 tools/train-names.py --train DIR [--valid DIR] [--epochs N] \
#       [--extra GROUPS] [--seed N] [--models N] [--out data/lexicon/names-model.txt]
#   python3 tools/train-names.py --train DIR --load MODEL [--extra GROUPS] --valid DIR
#       (measures a model file only)
#
# The model in data/lexicon/names-model.txt was made by (the command is in
# its header too; --seed 7 and --models 1 are the defaults):
#   python3 tools/train-names.py --train /work/shared/eval/sets/conll-dev --epochs 10 \
#       --out data/lexicon/names-model.txt
# (on the lexicons of commit 63bea36: the same command on today's lexicons
# gives a model that scores lower end to end, see below).
#
# The tagger computes none of the --extra groups: the model must be trained
# without them. They are experiments: newlex (the tagger also reads
# outlets, places, east-asian-surnames and groups, on the bits of the older
# lists), prevlex (the tag before paired with a few lexicon facts of the
# word: first name, family name, title or role, organisation word, place),
# rolecap (a capitalised role word, "CEO", has the role bit of its lower-case
# form), runs, tagword, nextcap, prevshape. The C side of newlex and prevlex
# was written and measured (commit b334d82, "names tagger: newlex and
# prevlex feature groups", reverted by the one after it): they raise the tagger's own F1 (this
# tool's --valid, on conll-dev valid 0.868 -> 0.869 and on GUM 0.586-0.590
# -> 0.598) but no retrained model beat the Nov 25 one end to end on
# GUM (mention F1 0.836 / 0.856: retrained 0.816-0.831 / 0.817-0.850,
# whatever the seed, groups, epochs or --models), so the model stays.
#
# DIR holds NAME.txt + NAME.gold.json pairs (gold "mentions" with start, end
# in code points and kind person|organization|place|other); files whose name
# starts with "train-" are used for training, "valid-" ones for measuring.
# The model file holds only hashed single-word features and their weights, no
# text. The features and their hashing must stay identical to
# src/core/analysis/dossier-names-tagger.c.
#
# Python standard library only.

import argparse
import json
import os
import random
import sys

M64 = (1 << 64) - 1
TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
KIND_TAG = {"person": "PER", "organization": "ORG", "place": "LOC", "other": "MISC"}
NT = len(TAGS)

# ---- hashing (identical in C) ---------------------------------------------


def fnv(data: bytes) -> int:
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & M64
    return h


def combine(a: int, b: int) -> int:
    return (a ^ ((b + 0x9E3779B97F4A7C15 + ((a << 6) & M64) + (a >> 2)) & M64)) & M64


def finish(x: int) -> int:
    x ^= x >> 33
    x = (x * 0xFF51AFD7ED558CCD) & M64
    x ^= x >> 33
    return x & 0xFFFFFFFF


def key(template: int, value: int) -> int:
    return finish(combine(template, value))


# ---- the text pass's tokenizer, as far as names care ----------------------

ABBREV = set("""Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Capt Sgt Cmdr Adm Maj Rev Hon Pres Supt Det
Insp Cpl Pvt Amb Jr Sr St Mt Ft Ave Blvd Rd Co Corp Inc Ltd Bros Jan Feb Mar Apr Jun Jul Aug Sep
Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun No Nos vs etc approx est Vol pp cf al
Ph Gens Reps Sens Calif Conn Fla Ill Mass Mich Minn Penn Tenn Wash Wis Ariz Colo Okla Ore Del Kan
Neb Nev Ala Ark Ga Ky La Md Miss Mo Mont Va Vt Wyo Ind Ia Tex""".split())
APOS = "'\u2019"
HYPH = "-\u2010\u2011"
QUOTES = set('"\'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a')


def is_word_char(c):
    return c.isalnum()


def scan_word(s, i, n):
    digit_start = s[i].isdigit() and ord(s[i]) < 128
    dotted = hyphen = False
    i += 1
    while i < n:
        d = s[i]
        if is_word_char(d):
            i += 1
            continue
        if i + 1 >= n:
            break
        e = s[i + 1]
        if d in APOS and is_word_char(e) and not (ord(e) < 128 and e.isdigit()):
            i += 2
            continue
        if d in HYPH and is_word_char(e):
            hyphen = True
            i += 2
            continue
        if digit_start and d in ",.:" and ord(e) < 128 and e.isdigit():
            i += 2
            continue
        if d == "." and not digit_start and e.isalpha():
            f = s[i + 2] if i + 2 < n else ""
            if not f or not is_word_char(f) or f == ".":
                dotted = True
                i += 2
                continue
        if d == "&" and e.isupper():
            i += 2
            continue
        break
    return i, dotted, hyphen


class Tok:
    __slots__ = ("start", "end", "text", "cap", "allcaps", "sent", "line", "poss", "stem_end",
                 "word", "lineid")


def tokenize(s):
    toks = []
    n = len(s)
    pos = 0
    lineid = 0
    prev_terminal = True
    for line in s.split("\n"):
        i, end = pos, pos + len(line)
        first = True
        while i < end:
            c = s[i]
            if c.isspace():
                i += 1
                continue
            t = Tok()
            t.lineid = lineid
            t.line = first
            first = False
            if is_word_char(c):
                j, dotted, hyphen = scan_word(s, i, end)
                w = s[i:j]
                if j < end and s[j] == ".":
                    single = len(w) == 1 and w.isalpha() and w.isupper()
                    if dotted or single or w in ABBREV:
                        j += 1
                t.start, t.end, t.word = i, j, True
            else:
                j = i + 1
                if c not in QUOTES and c in "-.!?*=_":
                    while j < end and s[j] == c:
                        j += 1
                t.start, t.end, t.word = i, j, False
            t.text = s[t.start:t.end]
            t.stem_end = t.end
            t.poss = False
            if t.word and len(t.text) > 2 and t.text[-2] in APOS and t.text[-1] in "sS":
                t.stem_end = t.end - 2
                t.poss = True
            letters = [ch for ch in t.text if ch.isalpha()]
            t.cap = bool(letters) and t.text[0].isalpha() and (t.text[0].isupper() or t.text[0].istitle())
            t.allcaps = len(letters) >= 2 and all(ch.isupper() for ch in letters)
            t.sent = prev_terminal or t.line
            if t.word:
                prev_terminal = False
            elif t.text[0] in ".!?":
                prev_terminal = True
            elif t.text in QUOTES or t.text in "([":
                pass
            else:
                prev_terminal = False
            toks.append(t)
            i = j
        pos = end + 1
        lineid += 1
    return toks


# ---- lexicons -------------------------------------------------------------

LEX_FILES = [
    # (file, bit, has value)
    ("firstnames", 0),
    ("countries", 1),
    ("cities", 2),
    ("us-states", 3),
    ("demonyms", 4),
    ("orgwords", 5),
    ("orgs", 6),
    ("titles", 7),
    ("stopwords", 8),
    ("roles", 9),
    ("surnames", 11),
]
# Lists the tagger reads too ("newlex"), each on a bit of the lists above
# (dossier-names-tagger.c's tagger_lists); places by kind: region a state,
# world a country, first a place word.
NEW_LEX_FILES = [
    ("outlets", 6),
    ("places", 3),
    ("east-asian-surnames", 11),
    ("groups", 4),
]
PLACE_KIND_BIT = {"region": 3, "world": 1, "first": 10}
GAZ_FILES = {"countries": 1, "cities": 1, "us-states": 1, "orgs": 2, "firstnames": 3,
             "outlets": 2, "places": 1}


def load_lexicons(root):
    single = {}   # word -> bitmask
    multi = {}    # "A B" -> gazetteer class (1 place, 2 org)
    files = LEX_FILES + (NEW_LEX_FILES if "newlex" in EXTRA else [])
    for name, bit in files:
        path = os.path.join(root, name + ".txt")
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\r\n")
                if not line or line.startswith("#"):
                    continue
                k, _, v = line.partition("\t")
                k = k.strip()
                if name == "orgwords" and v.startswith("place"):
                    b = 10
                elif name == "places":
                    b = PLACE_KIND_BIT.get(v.strip(), 3)
                else:
                    b = bit
                if name == "roles":
                    k = k.lower()
                single[k] = single.get(k, 0) | (1 << b)
                if name in GAZ_FILES and " " in k:
                    multi.setdefault(k, GAZ_FILES[name])
    return single, multi


# ---- features ---------------------------------------------------------------

NEIGHBOURS = ((2, -1), (3, 1), (4, -2), (5, 2))
GOLD_PREV = 0.9
EXTRA = set()


def ascii_lower(w):
    return "".join(ch.lower() if ord(ch) < 128 else ch for ch in w)


def shape(w):
    out = []
    for ch in w:
        if ch.isupper():
            c = "X"
        elif ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:12]


def lex_class(m, mlow):
    """The few lexicon facts that the "prevlex" group pairs with the tag
    before: first name, family name, title or role, organisation word,
    place (dossier-names-tagger.c's lex_class ())."""
    c = 0
    if m & (1 << 0):
        c |= 1
    if m & (1 << 11):
        c |= 2
    if (m & (1 << 7)) or (mlow & (1 << 9)):
        c |= 4
    if m & ((1 << 5) | (1 << 6)):
        c |= 8
    if m & ((1 << 1) | (1 << 2) | (1 << 3) | (1 << 10)):
        c |= 16
    return c


def hb(s):
    return fnv(s.encode("utf-8"))


class Doc:
    def __init__(self, text, single, multi):
        self.text = text
        self.toks = tokenize(text)
        toks = self.toks
        n = len(toks)
        self.low = []
        self.hlow = []
        self.hshape = []
        self.lex = []
        self.lexclass = []
        self.gaz = [0] * n
        stems = []
        for t in toks:
            stem = text[t.start:t.stem_end]
            stems.append(stem)
            low = ascii_lower(stem)
            self.low.append(low)
            self.hlow.append(hb(low))
            self.hshape.append(hb(shape(stem)) if t.word else hb(stem))
            m = single.get(stem, 0)
            if t.allcaps and m == 0:
                m = single.get(stem[:1] + ascii_lower(stem[1:]), 0)
            if not t.cap or "rolecap" in EXTRA:
                # (rolecap: a capitalised role word too, "CEO", "Chairman")
                m |= single.get(low, 0) & (1 << 9)
            self.lex.append(m)
            self.lexclass.append(lex_class(m, single.get(low, 0)))
        # gazetteer matches (2..4 words)
        i = 0
        while i < n:
            best = 0
            if toks[i].word and toks[i].cap:
                s = stems[i]
                for j in range(i + 1, min(n, i + 5)):
                    if not toks[j].word:
                        break
                    s = s + " " + stems[j]
                    g = multi.get(s)
                    if g:
                        best = (j, g)
                    if toks[j].poss:
                        break
            if best:
                j, g = best
                self.gaz[i] = g * 2 - 1 + 0
                for k in range(i + 1, j + 1):
                    self.gaz[k] = g * 2
                i = j + 1
            else:
                i += 1
        # document-level: lower-case occurrences and capitalised mid-sentence ones
        self.seen_lower = set()
        self.seen_cap_mid = set()
        for k, t in enumerate(toks):
            if not t.word:
                continue
            if not t.cap:
                self.seen_lower.add(self.low[k])
            elif not t.sent and not t.allcaps:
                self.seen_cap_mid.add(self.low[k])
        self.cand = [self.is_cand(k) for k in range(n)]
        self.doc_kind = None
        # runs of capitalised words on one line
        self.run_pos = [0] * n
        self.run_len = [0] * n
        k = 0
        while k < n:
            if not self.cand[k]:
                k += 1
                continue
            j = k
            while j + 1 < n and self.cand[j + 1] and toks[j + 1].lineid == toks[k].lineid and not toks[j].poss:
                j += 1
            ln = min(j - k + 1, 4)
            for q in range(k, j + 1):
                self.run_len[q] = ln
                self.run_pos[q] = 1 if q == k else (3 if q == j else 2)
            k = j + 1
        # is the token's line written in capitals (a headline or dateline)?
        caps = {}
        for t in toks:
            if t.word and any(ch.isalpha() for ch in t.text):
                a = caps.setdefault(t.lineid, [0, 0])
                a[0] += 1
                a[1] += t.allcaps or (len(t.text) == 1 and t.text.isupper())
        self.line_caps = [1 if (caps.get(t.lineid, [0, 0])[0] >= 1 and caps[t.lineid][1] == caps[t.lineid][0]) else 0 for t in toks]

    def is_cand(self, k):
        t = self.toks[k]
        return t.word and t.cap

    def features(self, k, prev_tag):
        toks = self.toks
        n = len(toks)
        t = toks[k]
        f = []
        f.append(key(0, 0))
        f.append(key(1, self.hlow[k]))
        for tmpl, off in NEIGHBOURS:
            j = k + off
            if 0 <= j < n and toks[j].lineid == t.lineid:
                f.append(key(tmpl, self.hlow[j]))
                f.append(key(tmpl + 20, self.lex[j]))
            else:
                f.append(key(tmpl, 1))
        f.append(key(6, self.hshape[k]))
        for tmpl, off in ((7, -1), (8, 1)):
            j = k + off
            if 0 <= j < n and toks[j].lineid == t.lineid:
                f.append(key(tmpl, self.hshape[j]))
        low = self.low[k]
        f.append(key(9, hb(low[-3:])))
        f.append(key(10, hb(low[:3])))
        f.append(key(11, prev_tag))
        f.append(key(12, combine(prev_tag, self.hshape[k])))
        flags = (t.cap << 0) | (t.allcaps << 1) | (t.sent << 2) | (t.line << 3) | (t.poss << 4)
        f.append(key(13, flags))
        f.append(key(14, combine(flags & 4, self.hlow[k])))
        m = self.lex[k]
        f.append(key(15, m))
        b = 0
        while m:
            if m & 1:
                f.append(key(16, b))
            m >>= 1
            b += 1
        f.append(key(17, self.gaz[k]))
        f.append(key(18, combine(self.gaz[k], prev_tag)))
        dl = (low in self.seen_lower) | ((low in self.seen_cap_mid) << 1)
        f.append(key(19, combine(dl, flags & 4)))
        f.append(key(30, hb(low[-4:])))
        f.append(key(31, hb(low[-2:])))
        f.append(key(32, combine(self.hshape[k], self.lex[k])))
        f.append(key(34, self.line_caps[k]))
        if "runs" in EXTRA:
            # where the word stands in its run of capitalised words
            f.append(key(36, combine(self.run_pos[k], self.run_len[k])))
        if "tagword" in EXTRA:
            f.append(key(38, combine(prev_tag, self.hlow[k])))
        if "nextcap" in EXTRA:
            j = k + 1
            nc = 1 if (j < n and toks[j].lineid == t.lineid and self.cand[j]) else 0
            pc = 1 if (k > 0 and toks[k - 1].lineid == t.lineid and self.cand[k - 1]) else 0
            f.append(key(39, combine(nc * 2 + pc, self.hlow[k])))
        if "prevlex" in EXTRA:
            f.append(key(42, combine(prev_tag, self.lexclass[k])))
        if "prevshape" in EXTRA and k > 0 and toks[k - 1].lineid == t.lineid:
            f.append(key(37, combine(self.hlow[k - 1], self.hshape[k])))
        dk = self.doc_kind[k] if self.doc_kind is not None else 0
        f.append(key(40, dk))
        f.append(key(41, combine(dk, flags & 5)))
        return f


# ---- perceptron -------------------------------------------------------------


class Perceptron:
    def __init__(self):
        self.w = {}
        self.tot = {}
        self.ts = {}
        self.i = 0

    def scores(self, feats):
        s = [0.0] * NT
        w = self.w
        for f in feats:
            v = w.get(f)
            if v:
                for c in range(NT):
                    s[c] += v[c]
        return s

    def update(self, truth, guess, feats):
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            v = self.w.get(f)
            if v is None:
                v = self.w[f] = [0.0] * NT
                self.tot[f] = [0.0] * NT
                self.ts[f] = [0] * NT
            for c, d in ((truth, 1.0), (guess, -1.0)):
                self.tot[f][c] += (self.i - self.ts[f][c]) * v[c]
                self.ts[f][c] = self.i
                v[c] += d

    def average(self):
        for f, v in self.w.items():
            for c in range(NT):
                self.tot[f][c] += (self.i - self.ts[f][c]) * v[c]
                v[c] = self.tot[f][c] / max(1, self.i)


def allowed(prev, c):
    tag = TAGS[c]
    if tag.startswith("I-"):
        p = TAGS[prev]
        return p != "O" and p[2:] == tag[2:]
    return True


def best(scores, prev):
    bc, bs = 0, None
    for c in range(NT):
        if not allowed(prev, c):
            continue
        if bs is None or scores[c] > bs:
            bc, bs = c, scores[c]
    return bc


def doc_kinds(doc, tags):
    """For each candidate token: what the first pass made of the other
    occurrences of the same word in the document (0 none, 1..4 the majority
    kind PER ORG LOC MISC, +4 when outnumbered by O; 9 only O)."""
    counts = {}
    for k, c in enumerate(tags):
        if not doc.cand[k]:
            continue
        a = counts.setdefault(doc.low[k], [0, 0, 0, 0, 0])
        a[(c + 1) // 2] += 1
    out = [0] * len(tags)
    for k, c in enumerate(tags):
        if not doc.cand[k]:
            continue
        a = list(counts[doc.low[k]])
        a[(c + 1) // 2] -= 1
        best_kind, best_n = 0, 0
        for kind in range(1, 5):
            if a[kind] > best_n:
                best_kind, best_n = kind, a[kind]
        if best_n == 0:
            out[k] = 9 if a[0] > 0 else 0
        else:
            out[k] = best_kind + (4 if a[0] > best_n else 0)
    return out


def gold_tags(doc, mentions):
    n = len(doc.toks)
    tags = [0] * n
    starts = {}
    for t_i, t in enumerate(doc.toks):
        starts[t.start] = t_i
    miss = 0
    for m in mentions:
        k = starts.get(m["start"])
        if k is None:
            miss += 1
            continue
        kind = KIND_TAG.get(m["kind"], "MISC")
        j = k
        ok = False
        while j < n and doc.toks[j].start < m["end"]:
            if doc.toks[j].stem_end >= m["end"] or doc.toks[j].end >= m["end"]:
                ok = True
                break
            j += 1
        if not ok:
            miss += 1
            continue
        tags[k] = TAGS.index("B-" + kind)
        for q in range(k + 1, j + 1):
            tags[q] = TAGS.index("I-" + kind)
    return tags, miss


def load_set(d, prefix, single, multi):
    out = []
    miss = 0
    for name in sorted(os.listdir(d)):
        if not name.startswith(prefix) or not name.endswith(".txt"):
            continue
        base = name[:-4]
        with open(os.path.join(d, name), encoding="utf-8", newline="") as f:
            text = f.read()
        with open(os.path.join(d, base + ".gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        doc = Doc(text, single, multi)
        tags, m = gold_tags(doc, gold.get("mentions", []))
        miss += m
        out.append((doc, tags, gold.get("mentions", [])))
    return out, miss


def decode(model, doc):
    tags = []
    prev = 0
    for k in range(len(doc.toks)):
        if doc.toks[k].line:
            prev = 0
        if not doc.cand[k]:
            c = 0
        else:
            c = best(model.scores(doc.features(k, prev)), prev)
        tags.append(c)
        prev = c
    return tags


def spans(doc, tags):
    out = set()
    k = 0
    n = len(tags)
    while k < n:
        if tags[k] == 0:
            k += 1
            continue
        kind = TAGS[tags[k]][2:]
        j = k
        while j + 1 < n and TAGS[tags[j + 1]] == "I-" + kind:
            j += 1
        out.add((doc.toks[k].start, doc.toks[j].stem_end, kind))
        k = j + 1
    return out


def run(model, doc, one_pass=False):
    doc.doc_kind = None
    tags = decode(model, doc)
    if one_pass:
        return tags
    doc.doc_kind = doc_kinds(doc, tags)
    return decode(model, doc)


def evaluate(model, data, one_pass=False):
    tp = fp = fn = 0
    for doc, _, mentions in data:
        sys_ = {s for s in spans(doc, run(model, doc, one_pass)) if s[2] != "MISC"}
        gold = {(m["start"], m["end"], KIND_TAG[m["kind"]]) for m in mentions if m["kind"] != "other"}
        tp += len(sys_ & gold)
        fp += len(sys_ - gold)
        fn += len(gold - sys_)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


def read_model(path):
    """The weights of a model file (what main () writes)."""
    m = Perceptron()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            k, _, ws = line.partition("\t")
            m.w[int(k, 16)] = [int(x) / 1000.0 for x in ws.split()]
    return m


def train_epochs(rnd, train, epochs, modes):
    model = Perceptron()
    for epoch in range(epochs):
        rnd.shuffle(train)
        errors = total = 0
        for doc, gold, _ in train:
            for mode in modes:
                train_doc(rnd, model, doc, gold, mode)
        print(f"epoch {epoch + 1}", file=sys.stderr)
    model.average()
    return model


def train_doc(rnd, model, doc, gold, mode):
    doc.doc_kind = doc.first_kind if mode else None
    prev = 0
    for k in range(len(doc.toks)):
        if not doc.cand[k]:
            prev = 0
            continue
        if doc.toks[k].line:
            prev = 0
        feats = doc.features(k, prev)
        guess = best(model.scores(feats), prev)
        model.update(gold[k], guess, feats)
        prev = gold[k] if rnd.random() < GOLD_PREV else guess


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--valid")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lexicon", default=os.path.join(os.path.dirname(__file__), "..", "data", "lexicon"))
    ap.add_argument("--out", default=None)
    ap.add_argument("--min-weight", type=float, default=0.05)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7, help="the shuffling's random seed")
    ap.add_argument("--load", help="measure this model file on --valid instead of training one")
    ap.add_argument("--models", type=int, default=1,
                    help="train this many models (seeds SEED, SEED + 1, ...) and keep their mean weights")
    ap.add_argument("--narrow", action="store_true", help="only the next and previous word")
    ap.add_argument("--extra", default="", help="extra feature groups: newlex,prevlex,rolecap (those of the tagger), runs,tagword,nextcap,prevshape")
    ap.add_argument("--gold-prev", type=float, default=0.9,
                    help="how often training sees the gold tag before a word rather than its own guess")
    args = ap.parse_args()
    global GOLD_PREV
    GOLD_PREV = args.gold_prev
    for x in args.extra.split(","):
        if x:
            EXTRA.add(x)
    if args.narrow:
        global NEIGHBOURS
        NEIGHBOURS = ((2, -1), (3, 1))

    single, multi = load_lexicons(args.lexicon)
    train, miss = load_set(args.train, "train-", single, multi) if not args.load else ([], 0)
    if args.limit:
        train = train[: args.limit]
    print(f"train: {len(train)} documents, {miss} gold mentions not on token bounds", file=sys.stderr)
    valid = []
    if args.valid:
        valid, _ = load_set(args.valid, "valid-", single, multi)

    order = list(train)
    models = []
    if args.load:
        # only measure a model file (--valid)
        models.append(read_model(args.load))
    for mi in range(0 if args.load else args.models):
        rnd = random.Random(args.seed + mi)
        train = list(order)
        # 1. two fold models without document features give each training document
        #    the first-pass view of it that the final model will see at run time
        folds = [train[0::2], train[1::2]]
        for fi in range(2):
            for doc, _, _ in folds[fi]:
                doc.doc_kind = None
            m = train_epochs(rnd, folds[1 - fi], max(3, args.epochs // 2), [False])
            for doc, _, _ in folds[fi]:
                doc.first_kind = doc_kinds(doc, decode(m, doc))
        # 2. the final model learns both passes
        models.append(train_epochs(rnd, train, args.epochs, [False, True]))
    # 3. several models (other shuffles): their mean weights
    model = models[0]
    if len(models) > 1:
        model = Perceptron()
        for m in models:
            for f, v in m.w.items():
                a = model.w.setdefault(f, [0.0] * NT)
                for c in range(NT):
                    a[c] += v[c] / len(models)

    if valid:
        p, r, f = evaluate(model, valid)
        print(f"valid PER/ORG/LOC mentions: P {p:.3f} R {r:.3f} F1 {f:.3f}", file=sys.stderr)
        for doc, _, _ in valid:
            doc.doc_kind = None
        p, r, f = evaluate(model, valid, one_pass=True)
        print(f"  (first pass only: P {p:.3f} R {r:.3f} F1 {f:.3f})", file=sys.stderr)

    if args.out:
        scale = 1000.0
        kept = 0
        with open(args.out, "w", encoding="utf-8") as f:
            f.write("# The names pass's tagger: averaged perceptron weights over hashed single-word\n")
            f.write("# features (no text). Made by tools/train-names.py from CoNLL-2003 eng.train gold\n")
            f.write("# mentions (only learned weights are kept, no sentence or name list from it):\n")
            f.write("#   python3 tools/train-names.py --train /work/shared/eval/sets/conll-dev "
                    f"--epochs {args.epochs}"
                    + (f" --extra {args.extra}" if args.extra else "")
                    + (f" --seed {args.seed}" if args.seed != 7 else "")
                    + (f" --models {args.models}" if args.models != 1 else "")
                    + (f" --gold-prev {args.gold_prev}" if args.gold_prev != 0.9 else "")
                    + (f" --min-weight {args.min_weight}" if args.min_weight != 0.05 else "")
                    + (" --narrow" if args.narrow else "")
                    + (f" --limit {args.limit}" if args.limit else "")
                    + " --out data/lexicon/names-model.txt\n")
            f.write("# Source: written for Dossier. Licence: GPL-3.0-or-later (part of Dossier).\n")
            f.write("# key(hex)<TAB>weight per tag, times 1000: " + " ".join(TAGS) + "\n")
            for fk in sorted(model.w):
                v = model.w[fk]
                if max(abs(x) for x in v) < args.min_weight:
                    continue
                kept += 1
                f.write("%08x\t%s\n" % (fk, " ".join(str(int(round(x * scale))) for x in v)))
        print(f"wrote {kept} features of {len(model.w)}", file=sys.stderr)


if __name__ == "__main__":
    main()
