#!/usr/bin/env python3
"""Writes the acoustic model definition (mdef) Limber ships: the en-us model's, cut down to the
context-dependent phones (triphones) that the words of Limber's grammar can use.

Sphinx4 makes an HMM object for every triphone in the mdef it loads: the en-us model's 137,053
cost about 45 MB of heap, for a grammar of nine words that uses a few hundred of them. The senones
(the trained states the triphones point to) are untouched: means, variances and mixture weights
stay the model's own, so the triphones kept score exactly as before.

A triphone is kept when it can occur in the grammar: inside a word (position i), at its start
(b: after the last phone of any word, or silence), at its end (e: before the first phone of any
word, or silence), or a one-phone word (s). It is kept at every position the model has it: where
the model lacks the position asked for, Sphinx4 takes the same triphone at another position before
it falls back to the plain phone (TiedStateAcousticModel.lookupNearestHMM). The base and filler
phones are all kept.

    scripts/reduce-mdef.py FULL_MDEF DICT > src/main/resources/dev/limber/listen/sphinx/mdef

Run it again when the dictionary (src/main/resources/dev/limber/listen/sphinx/limber.dict)
changes; ModelDefinitionTest checks that the shipped file is what this script makes.
"""
import sys


def main(full, dictionary):
    words = []
    for line in open(dictionary):
        parts = line.split()
        if parts:
            words.append(parts[1:])
    before = {w[-1] for w in words} | {'SIL'}  # what can come before a word's first phone
    after = {w[0] for w in words} | {'SIL'}  # and after its last
    wanted = set()
    for w in words:
        if len(w) == 1:
            wanted |= {(w[0], l, r, 's') for l in before for r in after}
            continue
        wanted |= {(w[0], l, w[1], 'b') for l in before}
        wanted |= {(w[i], w[i - 1], w[i + 1], 'i') for i in range(1, len(w) - 1)}
        wanted |= {(w[-1], w[-2], r, 'e') for r in after}

    lines = open(full).read().splitlines()
    header, rows, counts = [], [], {}
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and parts[1].startswith('n_'):
            counts[parts[1]] = parts[0]
            header.append(parts[1])
        elif line.startswith('#') or len(parts) < 2:
            continue
        else:
            rows.append(parts)
    base = [r for r in rows if r[1] == '-']
    contexts = {(b, l, r) for b, l, r, _ in wanted}
    tri = [r for r in rows if r[1] != '-' and (r[0], r[1], r[2]) in contexts]
    states = len(base[0]) - 6  # the state ids and the terminating N
    counts['n_tri'] = str(len(tri))
    counts['n_state_map'] = str((len(base) + len(tri)) * states)
    out = ['0.3'] + ['%s %s' % (counts[h], h) for h in header]
    out.append('#')
    out.append('# Reduced by scripts/reduce-mdef.py to the triphones of limber.dict')
    out.append('#base lft  rt p attrib tmat      ... state id\'s ...')
    out += [' '.join(r) for r in base + tri]
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
