#!/usr/bin/python3
"""Word error rate of spoken phrases with PocketSphinx (Debian's python3-pocketsphinx, en-us model).

  scripts/wer.py TIMELINE.json SESSION.wav [TIMELINE.json SESSION.wav ...]   limber's own clips
  scripts/wer.py --flite kal16 TIMELINE.json ...                             the same phrases from flite
  KINDS=name,preview FRESH=1 scripts/wer.py ...     only those kinds, each phrase decoded on its own
  FLITE_TRIM=64 scripts/wer.py --flite kal16 ...     flite's clips trimmed as limber trims its own
  CLIPS=DIR scripts/wer.py ...                       also writes each padded clip to DIR (NNN.wav, and
                                                     clips.tsv: file, kind, text) for Sphinx4Wer

Prints the WER per kind of phrase (name, instruction, preview, ...) and overall, in Markdown.
Each clip is cut out of the render by its frames in the timeline, padded with 0.3 s of a faint
noise floor (exact digital zero confuses the recognizer) and decoded with the general language
model; numbers in the reference are words already, punctuation is dropped.
"""
import json, os, random, re, struct, subprocess, sys, tempfile, wave
from collections import defaultdict
from pocketsphinx import Decoder

MODEL = '/usr/share/pocketsphinx/model/en-us'
SKIP = {'phase', 'chime', 'bell', 'breath-tone', 'step-sound'}
# KINDS=name,preview limits the measure to those kinds of phrase
ONLY = set(os.environ['KINDS'].split(',')) if os.environ.get('KINDS') else None
# FRESH=1 decodes every phrase with a decoder of its own that has heard the phrase once before: the
# recognizer adapts to what it decoded before (the same clip twice can come back two ways), so by
# default a phrase's result depends on the phrases before it; fresh, it depends on the phrase alone
# (slower: the model loads for every phrase)
FRESH = os.environ.get('FRESH') == '1'
# FLITE_TRIM=64 trims flite's clips as limber trims its voice's (samples under 64 at either end), so
# that both reach the recognizer with the same lead-in; by default flite's own silence stays
FLITE_TRIM = int(os.environ.get('FLITE_TRIM', '0'))
# CLIPS=DIR writes every clip as decoded here, padding included, so that another recognizer
# (src/test/java/dev/limber/bench/Sphinx4Wer.java) hears exactly the same audio
CLIPS = os.environ.get('CLIPS')
# PAD_SEED=2 draws another faint noise floor for the padding: a change no listener could hear, which
# shows how far a recognizer moves on the same speech
PAD_SEED = int(os.environ.get('PAD_SEED', '1'))


def decoder():
    config = Decoder.default_config()
    config.set_string('-hmm', MODEL + '/en-us')
    config.set_string('-lm', MODEL + '/en-us.lm.bin')
    config.set_string('-dict', MODEL + '/cmudict-en-us.dict')
    config.set_string('-logfn', '/dev/null')
    return Decoder(config)


def words(text):
    return re.sub(r"[^a-z' ]", ' ', text.lower().replace('-', ' ')).split()


def distance(a, b):
    d = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        prev, d[0] = d[0], i
        for j in range(1, len(b) + 1):
            cur = min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] != b[j - 1]))
            prev, d[j] = d[j], cur
    return d[len(b)]


def padded(samples):
    rnd = random.Random(PAD_SEED)
    pad = [rnd.randint(-3, 3) for _ in range(4800)]
    out = pad + [s if s != 0 else rnd.randint(-3, 3) for s in samples] + pad
    return struct.pack('<%dh' % len(out), *out)


def recognise(dec, raw):
    dec.start_utt()
    dec.process_raw(raw, False, True)
    dec.end_utt()
    hyp = dec.hyp()
    return hyp.hypstr if hyp else ''


def read_wav(path):
    with wave.open(path) as w:
        assert w.getframerate() == 16000 and w.getnchannels() == 1
        data = w.readframes(w.getnframes())
    return list(struct.unpack('<%dh' % (len(data) // 2), data))


def flite_clip(voice, text):
    with tempfile.NamedTemporaryFile(suffix='.wav') as f:
        subprocess.run(['flite', '-voice', voice, '-t', text, '-o', f.name], check=True)
        with wave.open(f.name) as w:
            rate = w.getframerate()
            data = w.readframes(w.getnframes())
        s = list(struct.unpack('<%dh' % (len(data) // 2), data))
        if rate != 16000:
            raise SystemExit('flite voice %s speaks at %d Hz, not 16000' % (voice, rate))
        start, end = 0, len(s)
        while start < end and abs(s[start]) < FLITE_TRIM:
            start += 1
        while end > start and abs(s[end - 1]) < FLITE_TRIM:
            end -= 1
        return s[start:end]


def keep(raw, kind, text, manifest):
    name = '%03d.wav' % len(manifest)
    with wave.open(os.path.join(CLIPS, name), 'wb') as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(raw)
    manifest.append('%s\t%s\t%s' % (name, kind, text))


def main(args):
    flite = None
    if args and args[0] == '--flite':
        flite, args = args[1], args[2:]
        pairs = [(t, None) for t in args]
    else:
        pairs = list(zip(args[0::2], args[1::2]))
    dec = decoder()
    errors, totals, seen = defaultdict(int), defaultdict(int), set()
    missed = defaultdict(int)
    manifest = []
    if CLIPS:
        os.makedirs(CLIPS, exist_ok=True)
    for timeline, wav in pairs:
        events = json.load(open(timeline))['events']
        samples = read_wav(wav) if wav else None
        for e in events:
            if e['kind'] in SKIP or (ONLY and e['kind'] not in ONLY) or (e['kind'], e['text']) in seen:
                continue
            seen.add((e['kind'], e['text']))
            clip = flite_clip(flite, e['text']) if flite else samples[e['startFrame']:e['endFrame']]
            ref = words(e['text'])
            raw = padded(clip)
            if CLIPS:
                keep(raw, e['kind'], e['text'], manifest)
            if FRESH:
                dec = decoder()
                recognise(dec, raw)
            hyp = words(recognise(dec, raw))
            errors[e['kind']] += distance(ref, hyp)
            totals[e['kind']] += len(ref)
            for w in ref:
                if w not in hyp:
                    missed[w] += 1
    if CLIPS:
        with open(os.path.join(CLIPS, 'clips.tsv'), 'w') as f:
            f.write(''.join(line + '\n' for line in manifest))
    print('| kind | phrases words | WER |')
    print('| --- | --- | --- |')
    for kind in sorted(totals):
        print('| %s | %d | %.2f |' % (kind, totals[kind], errors[kind] / totals[kind]))
    print('| all | %d | %.2f |' % (sum(totals.values()), sum(errors.values()) / sum(totals.values())))
    print()
    print('most often missed: ' + ', '.join('%s (%d)' % kv for kv in sorted(missed.items(), key=lambda kv: -kv[1])[:15]))


if __name__ == '__main__':
    main(sys.argv[1:])
