"""The page's look and its one small script (live updates over server-sent events); no build step, nothing fetched
from the internet."""

STYLE = """
*{box-sizing:border-box}body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d1c1d;background:#f4f3f1}
.banner{margin:0;padding:.6em 1em;background:#fff3bf;border-bottom:2px solid #e0b000;font-weight:600}
header{display:flex;flex-wrap:wrap;gap:1em;align-items:center;padding:.5em 1em;background:#3f0e40;color:#fff}
header h1{font-size:1.2em;margin:0}header a{color:#fff}.clock{margin:0 0 0 auto}
.person{display:inline-block;padding:.2em .6em;margin:0 .2em;border-radius:4px;text-decoration:none}
.person span{display:block;font-size:.75em;opacity:.8}.person.current{background:#fff;color:#3f0e40}
main{display:grid;grid-template-columns:minmax(18em,24em) 1fr;gap:1em;padding:1em}
.panel,.message,.home,aside .private{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6em .8em;
margin-bottom:.8em}.panel h2{font-size:1em;margin:.1em 0 .5em}
.field{display:block;margin:.3em 0}.label{display:block;font-size:.85em;color:#555}
textarea,input,select{width:100%;font:inherit;padding:.3em}.check{display:block;margin:.4em 0}
.check input{width:auto}.columns{display:grid;grid-template-columns:1fr minmax(16em,22em);gap:1em}
button,.button,.ask summary{font:inherit;padding:.3em .7em;margin:.2em .2em .2em 0;border:1px solid #888;
border-radius:4px;background:#fff;cursor:pointer;text-decoration:none;color:inherit;display:inline-block}
.primary{background:#007a5a;color:#fff;border-color:#007a5a}.danger{background:#e01e5a;color:#fff;border-color:#e01e5a}
.who{margin:0;color:#555}.words{margin:.2em 0}.thread{margin-left:1.2em;border-left:3px solid #ddd;padding-left:.8em}
.reply{margin:.5em 0}.card{border-left:4px solid #3f0e40;padding:.2em .6em;margin:.3em 0;background:#faf9fb}
.card p{margin:.25em 0}.small{font-size:.85em;color:#555}.quote{display:block;border-left:3px solid #aaa;
padding-left:.5em;color:#333;quotes:none}.photos img{max-width:14em;max-height:10em;margin:.2em;border:1px solid #ccc}
.notice{background:#e8f5fa;border:1px solid #1264a3;padding:.5em .8em;border-radius:6px}.mention{color:#1264a3}
.reactions{font-size:.85em}.react{display:inline}details{display:inline-block}.ask[open]{display:block}
.network{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1em;margin:1em;max-width:36em}
.post{font-size:1.1em}.gone{color:#e01e5a;font-weight:600}
@media (max-width:60em){main,.columns{grid-template-columns:1fr}}
"""

# Live updates: the server says when something changed; the live part is fetched again, unless a field in it is
# being typed in (then once the person leaves the field), so nothing half-typed is lost.
SCRIPT = """
(() => {
  const live = () => document.getElementById('live');
  let waiting = false;
  const typing = () => { const a = document.activeElement;
    return a && live().contains(a) && (a.tagName === 'TEXTAREA' || a.tagName === 'INPUT') && a.value; };
  async function refresh() {
    if (typing()) { waiting = true; return; }
    waiting = false;
    const answer = await fetch('/live?as=' + encodeURIComponent(live().dataset.as));
    if (!answer.ok) return;
    const version = answer.headers.get('X-Version');
    live().innerHTML = await answer.text();
    live().dataset.version = version;
  }
  document.addEventListener('focusout', () => { if (waiting) setTimeout(refresh, 0); });
  const events = new EventSource('/events');
  events.onmessage = (e) => { if (e.data !== live().dataset.version) refresh(); };
})();
"""
