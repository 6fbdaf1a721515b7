// The Limber remote. The token comes in the URL's fragment (#token=...), which browsers never send
// to a server; it is kept in sessionStorage and sent only in the Authorization header, the event
// stream included (read with fetch, since EventSource cannot send headers).
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.get('token')) {
    sessionStorage.setItem('limber-token', fragment.get('token'));
    history.replaceState(null, '', location.pathname); // off the address bar and out of bookmarks
  }
  const token = sessionStorage.getItem('limber-token');
  let view = null;
  let announced = '';

  function problem(text) {
    $('problem').textContent = text;
    $('problem').hidden = !text;
  }

  async function api(method, path, body) {
    const options = { method, headers: { Authorization: 'Bearer ' + token } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(path, options);
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      problem(response.status === 401 ? 'This page has no valid token: open the address that limber serve printed.'
        : (json.error || 'The server answered ' + response.status + '.'));
      throw new Error(json.error || String(response.status));
    }
    problem('');
    return json;
  }

  function clock(seconds) {
    const m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ':' + String(s).padStart(2, '0');
  }

  function words(state) {
    const status = { LOADING: 'Starting', PLAYING: 'Playing', PAUSED: 'Paused', FINISHED: 'Finished', STOPPED: 'Stopped' };
    return status[state.status] || state.status;
  }

  function show(next) {
    view = next;
    const state = next.state;
    const playing = next.playing && state;
    document.querySelectorAll('#controls button').forEach((b) => { b.disabled = !playing; });
    if (!playing) {
      const last = next.lastRun;
      $('status').textContent = last ? 'Idle. Last: ' + last.title + ', ' + last.ending.toLowerCase() + '.' : 'Idle.';
      $('step').textContent = '';
      $('seconds').textContent = '';
      $('next').textContent = '';
      $('caption').textContent = '';
    } else {
      $('status').textContent = words(state) + ': ' + state.title;
      $('step').textContent = state.step > 0 ? 'Step ' + state.step + ' of ' + state.steps + ': ' + state.stepName
        : state.stepName + ' (' + state.phase.toLowerCase().replace('_', ' ') + ')';
      $('seconds').textContent = clock(state.secondsLeft) + ' left';
      $('next').textContent = state.nextStep ? 'Next: ' + state.nextStep : '';
      const paused = state.status === 'PAUSED';
      $('pause').textContent = paused ? 'Resume' : 'Pause';
      $('pause').dataset.command = paused ? 'resume' : 'pause';
    }
    $('sound').textContent = next.sound.available ? ''
      : 'No sound card' + (next.allowSilent ? ': captions only.' : ': ' + next.sound.reason);
    // step changes and pauses are announced; the seconds are not, or a screen reader would never stop
    const news = playing ? words(state) + '. ' + $('step').textContent : $('status').textContent;
    if (news !== announced) {
      announced = news;
      $('announce').textContent = news;
    }
  }

  async function events() {
    try {
      const response = await fetch('/api/events', { headers: { Authorization: 'Bearer ' + token } });
      if (response.status === 401) {
        problem('This page has no valid token: open the address that limber serve printed.');
        return;
      }
      if (!response.ok) throw new Error(String(response.status));
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (e) {
      // the stream broke; try again below
    }
    setTimeout(events, 2000);
  }

  function dispatch(block) {
    let event = 'message', data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!data) return;
    const json = JSON.parse(data);
    if (event === 'state') show(json);
    else if (event === 'caption') $('caption').textContent = json.caption;
  }

  async function sessions() {
    const list = await api('GET', '/api/sessions');
    const ul = $('sessions');
    ul.textContent = '';
    for (const s of list.sessions) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.session = s.id;
      button.textContent = 'Play ' + s.title + ' (' + clock(s.seconds) + ')';
      button.addEventListener('click', () => api('POST', '/api/play', { session: s.id }).catch(() => {}));
      li.appendChild(button);
      ul.appendChild(li);
    }
  }

  document.querySelectorAll('#controls button[data-command]').forEach((b) => {
    b.addEventListener('click', () => api('POST', '/api/command', { command: b.dataset.command }).catch(() => {}));
  });
  $('stop').addEventListener('click', () => api('POST', '/api/stop').catch(() => {}));

  if (!token) {
    problem('No token: open the address that limber serve printed, the one ending in #token=…');
    $('status').textContent = 'Not connected.';
    return;
  }
  sessions().catch(() => {});
  events();
})();
