#!/usr/bin/env python3
"""scripts/bench listen: voice commands measured on synthetic voices. Prints Markdown.

Detection per condition (quiet, reverb, 20 dB and 10 dB noise) on 6 voices x 8 commands, false
commands an hour on 30+ minutes of other speech, false commands from Limber's own rendered
sessions (with the gate, and without it for comparison), median latency from the end of the words
to the command (a paced run), and CPU time and peak memory of a paced `limber listen`.
Needs flite, espeak-ng, sox and GNU time. Decoding runs with --fast (detection does not depend on
pacing); latency, CPU and memory come from runs fed in real time.
"""
import concurrent.futures, json, os, statistics, subprocess, sys, tempfile

LIMBER = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', 'limber'))
SEEDS = os.environ.get('SEEDS', os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'seeds'))
VOICES = [('flite', 'slt'), ('flite', 'rms'), ('flite', 'awb'),
          ('espeak-ng', 'en-us'), ('espeak-ng', 'en-us+f3'), ('espeak-ng', 'en-gb')]
# other speech: nine voices read the seed articles, about 113 minutes (a false command an hour is
# then about two events either way; fewer minutes could not tell 1 an hour from 3)
OTHER_VOICES = [('espeak-ng', 'en-us'), ('flite', 'slt'), ('flite', 'rms'), ('espeak-ng', 'en-gb'),
                ('flite', 'awb'), ('flite', 'kal'), ('espeak-ng', 'en-us+m3'), ('espeak-ng', 'en-gb+f2'),
                ('espeak-ng', 'en-us+f3')]
COMMANDS = ['pause', 'resume', 'next', 'back', 'repeat', 'where', 'stop', 'yes']
RATE = ['-r', '16000', '-c', '1', '-b', '16']
work = tempfile.mkdtemp(prefix='bench-listen-')
env = dict(os.environ, LIMBER_HOME=os.path.join(work, 'home'))


def run(*cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, env=env, **kw).stdout


def speak(engine, voice, text, out, textfile=False):
    raw = out + '.raw.wav'
    if engine == 'flite':
        run('flite', '-voice', voice, *(['-f', text] if textfile else ['-t', text]), '-o', raw)
    else:
        run('espeak-ng', '-v', voice, '-s', '150', *(['-f', text] if textfile else [text]), '-w', raw)
    run('sox', '-R', raw, *RATE, out, 'norm', '-3')
    os.remove(raw)


def seconds(wav):
    return float(run('soxi', '-D', wav))


def rms(wav):
    out = subprocess.run(['sox', wav, '-n', 'stat'], capture_output=True, text=True).stderr
    return float([l for l in out.splitlines() if l.startswith('RMS     amplitude')][0].split()[-1])


def noise(length, level, out):
    """Pink noise at an RMS of `level`, plus the noise floor every recording has."""
    unit = out + '.unit.wav'
    run('sox', '-R', '-n', *RATE, unit, 'synth', '%.3f' % length, 'pinknoise')
    run('sox', '-R', '-v', '%.6f' % (level / rms(unit)), unit, out)
    os.remove(unit)


def mix(a, b, out):
    run('sox', '-R', '-m', a, b, out)


def decode(wav, *extra):
    out = run(LIMBER, 'listen', '--from', wav, '--json', *extra)
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def score(expected, got, early=1.0):
    """(hits, wrong commands); a hit ends at most `early` s before its clip does, or 1 s after."""
    used, hits = set(), 0
    for command, end in expected:
        match = [i for i, g in enumerate(got)
                 if i not in used and g['command'] == command and -early < g['time'] - end < 1.0]
        if match:
            hits += 1
            used.add(match[0])
    return hits, len(got) - len(used)


def timed(*cmd):
    """(output, cpu seconds, peak MB) of one run under GNU time."""
    t = os.path.join(work, 'time')
    out = subprocess.run(['/usr/bin/time', '-f', '%U %S %M', '-o', t, *cmd], check=True,
                         capture_output=True, text=True, env=env).stdout
    user, sys_, kb = open(t).read().split()[-3:]
    return out, float(user) + float(sys_), int(kb) / 1024


def said(gap, name, wording):
    """Every voice says every command as `wording` ('limber %s'), 2.5 s apart: (the files with the
    gaps between them, [(command, seconds to the end of its clip)])."""
    parts, expected, t = [], [], 0.0
    for engine, voice in VOICES:
        for c in COMMANDS:
            f = os.path.join(work, '%s-%s-%s.wav' % (name, voice, c))
            speak(engine, voice, wording % c, f)
            parts += [gap, f]
            t += 2.5 + seconds(f)
            expected.append((c, t))
    return parts + [gap], expected


def main():
    # the commands: every voice says every command, 2.5 s apart, over a -60 dB noise floor
    gap = os.path.join(work, 'gap.wav')
    run('sox', '-R', '-n', *RATE, gap, 'trim', '0', '2.5')
    parts, expected = said(gap, 'cmd', 'limber %s')
    # the same said with a comma, as people write it: "Limber, pause" (the voices pause 0.2 to 0.3 s;
    # a clip ends in the voice's own trailing quiet, so a hit may end up to 2.4 s before the clip)
    commas, comma_expected = said(gap, 'comma', 'limber, %s')
    clean = os.path.join(work, 'clean.wav')
    run('sox', *parts, clean)
    words = os.path.join(work, 'words.wav')
    run('sox', *parts[1::2], words)
    speech_rms = rms(words)
    length = seconds(clean)
    floor = os.path.join(work, 'floor.wav')
    noise(length, speech_rms / 10 ** (60 / 20), floor)
    conditions = {}
    quiet = os.path.join(work, 'quiet.wav')
    mix(clean, floor, quiet)
    conditions['quiet'] = quiet
    comma_clean = os.path.join(work, 'comma-clean.wav')
    run('sox', *commas, comma_clean)
    comma_floor = os.path.join(work, 'comma-floor.wav')
    noise(seconds(comma_clean), speech_rms / 10 ** (60 / 20), comma_floor)
    comma = os.path.join(work, 'comma.wav')
    mix(comma_clean, comma_floor, comma)
    comma_name = 'quiet, "limber, COMMAND" with a comma'
    conditions[comma_name] = comma
    # what each condition is scored against, and how early a hit may end; the rest say `expected`
    scoring = {comma_name: (comma_expected, 2.4)}
    reverb = os.path.join(work, 'reverb.wav')
    run('sox', '-R', quiet, reverb, 'reverb', '50', '50', '80', 'trim', '0', '%.3f' % length)
    conditions['reverb (sox reverb 50 50 80)'] = reverb
    for snr in (20, 10):
        n = os.path.join(work, 'noise%d.wav' % snr)
        noise(length, speech_rms / 10 ** (snr / 20), n)
        out = os.path.join(work, 'snr%d.wav' % snr)
        mix(clean, n, out)
        conditions['pink noise, %d dB SNR' % snr] = out

    print('Voice commands: %d voices (flite slt, rms, awb; espeak-ng en-us, en-us+f3, en-gb) x %d '
          'commands, each "limber COMMAND", 2.5 s apart; decoded with --fast.' % (len(VOICES), len(COMMANDS)))
    print()
    print('| condition | detected | wrong commands |')
    print('| --- | --- | --- |')
    pool = concurrent.futures.ThreadPoolExecutor(2)  # two decodes at a time: --fast, CPU-bound
    decoded = dict(zip(conditions, pool.map(lambda w: decode(w, '--fast'), conditions.values())))
    for name in conditions:
        said_here, early = scoring.get(name, (expected, 1.0))
        hits, wrong = score(said_here, decoded[name], early)
        print('| %s | %d of %d (%.0f%%) | %d |' % (name, hits, len(said_here), 100 * hits / len(said_here), wrong))
    print()

    # other speech: the seed articles read by several voices, 30 minutes and more
    texts = sorted(os.path.join(SEEDS, f) for f in os.listdir(SEEDS) if f.endswith('.txt'))
    total, false, jobs = 0.0, [], []
    for engine, voice in OTHER_VOICES:
        for text in texts:
            f = os.path.join(work, 'other-%s-%s.wav' % (voice, os.path.basename(text)))
            speak(engine, voice, text, f, textfile=True)
            withfloor = f + '.floor.wav'
            noise(seconds(f), rms(f) / 1000, withfloor + '.n.wav')
            mix(f, withfloor + '.n.wav', withfloor)
            total += seconds(withfloor)
            jobs.append((voice, pool.submit(decode, withfloor, '--fast')))
    for voice, job in jobs:
        false += [(voice, g['command'], g['time']) for g in job.result()]
    print('Other speech: the seed articles read by %d voices (%s), '
          '%.1f minutes: %d false commands, %.1f an hour%s.' % (
              len(OTHER_VOICES), ', '.join(v for _, v in OTHER_VOICES), total / 60, len(false), len(false) / (total / 3600),
              (' (' + ', '.join('%s "%s" at %.0f s' % x for x in false) + ')') if false else ''))
    print()

    # the program's own voice: every bundled session rendered, decoded with and without the gate
    own_total, gated, ungated = 0.0, [], []
    for sid in ['desk-break', 'breathing-relax', 'core-strength', 'lower-back-basics']:
        wav, tl = os.path.join(work, sid + '.wav'), os.path.join(work, sid + '.json')
        run(LIMBER, 'render', sid, '-o', wav, '--timeline', tl)
        floored = wav + '.floor.wav'
        noise(seconds(wav), 0.0005, floored + '.n.wav')
        mix(wav, floored + '.n.wav', floored)
        own_total += seconds(floored)
        gated.append(pool.submit(decode, floored, '--fast', '--own', tl))
        if sid == 'desk-break':
            ungated.append(pool.submit(decode, floored, '--fast'))
    print("Limber's own voice: the four bundled sessions rendered (%.1f minutes, with their beds): "
          '%d false commands through the gate; desk-break alone without the gate: %d.' % (
              own_total / 60, sum(len(g.result()) for g in gated), sum(len(u.result()) for u in ungated)))
    print()

    # latency, CPU and memory: `limber listen` fed in real time, the first 16 commands (2 voices)
    part = os.path.join(work, 'paced.wav')
    run('sox', quiet, part, 'trim', '0', '%.3f' % expected[15][1], 'pad', '0', '1.5')
    out, cpu_long, mb = timed(LIMBER, 'listen', '--from', part, '--json')
    got = [json.loads(l) for l in out.splitlines() if l.strip()]
    latencies = sorted(g['latency'] for g in got)
    short = os.path.join(work, 'short.wav')
    run('sox', quiet, short, 'trim', '0', '2')
    _, cpu_short, _ = timed(LIMBER, 'listen', '--from', short, '--json')
    listened = seconds(part) + 1.0 - (2 + 1.0)
    print('Fed in real time (%.0f s, %d commands heard): median latency from the end of the words to '
          'the command %.2f s (min %.2f, max %.2f); CPU while listening %.1f%% of one core (CPU time '
          'of the run less that of a 2 s run, over the difference in audio); peak memory %.0f MB '
          '(the whole `limber listen` process).' % (
              seconds(part), len(got), statistics.median(latencies), latencies[0], latencies[-1],
              100 * (cpu_long - cpu_short) / listened, mb))


if __name__ == '__main__':
    main()
