const body = JSON.stringify({ id: 'vid_123', title: 'Bench', tags: ['a', 'b'], duration: 42 });
const bytes = new TextEncoder().encode(body);
const blob = new Blob([body]);
const h = new Headers({ 'content-type': 'application/json', 'content-length': '60' });
const cases = {
  'new Response(null)': () => new Response(null, { status: 200, headers: h }),
  'new Response(text)': () => new Response(body, { status: 200, headers: h }),
  'new Response(bytes)': () => new Response(bytes, { status: 200, headers: h }),
  'new Response(blob)': () => new Response(blob, { status: 200, headers: h }),
  'new Request(url)': () => new Request('http://127.0.0.1:9/x'),
  'new Request(url, headers obj)': () => new Request('http://127.0.0.1:9/x', { headers: h }),
};
const asyncCases = {
  'text() of text Response': () => new Response(body).text(),
  'json() of text Response': () => new Response(body).json(),
  'json() of blob Response': () => new Response(blob).json(),
  'arrayBuffer() of text Response': () => new Response(body).arrayBuffer(),
};
for (const [name, fn] of Object.entries(cases)) {
  for (let i = 0; i < 2000; i++) fn();
  const n = 20000; const t = process.cpuUsage(); for (let i = 0; i < n; i++) fn(); const d = process.cpuUsage(t);
  console.log(((d.user + d.system) / n).toFixed(2).padStart(7), 'µs', name);
}
for (const [name, fn] of Object.entries(asyncCases)) {
  for (let i = 0; i < 2000; i++) await fn();
  const n = 20000; const t = process.cpuUsage(); for (let i = 0; i < n; i++) await fn(); const d = process.cpuUsage(t);
  console.log(((d.user + d.system) / n).toFixed(2).padStart(7), 'µs', name);
}
