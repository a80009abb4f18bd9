// h2server: the fake PokeAPI of fakepokeapi.h over HTTP/2 with TLS, for the tests and
// benchmarks that must see how the client behaves when a server multiplexes (Qt's
// QTcpServer-based fake speaks only HTTP/1.1). Node's built-in http2 module; Node 18 or later.
//
// Routes, as FakePokeApi's (GET and HEAD; other methods get 405):
//   /api/v2/<endpoint>/<name or id>[/]   -> <data>/api/v2/<endpoint>/<id>.json
//   /api/v2/<endpoint>[/][?query]        -> <data>/api/v2/<endpoint>/index.json
//   /sprites/<path>                      -> <data>/sprites/<path>
//   anything else                        -> 404 text/plain "Not Found", like PokeAPI
// Names map to ids through the endpoint's index.json and the "name" of each file. Relative
// "/api/v2/..." URLs and GitHub sprite URLs inside JSON point at this server.
// --gzip: JSON answers go gzip-compressed to a client that accepts it, as pokeapi.co's CDN
// sends them; every file is compressed once at start, before the URL line (the CDN has its
// answers ready, so compressing is not the server's cost per request).
// --synthetic: every Pokémon of the pokemon listing (and any positive id) that has no file
// gets a small valid document, so that all 1,025 names resolve without 300 MB of data.
//
// It speaks h2 only (ALPN, no HTTP/1.1 fallback): a client that silently fell back would
// otherwise pass for one that multiplexes. Prints the API URL (https://127.0.0.1:PORT/api/v2/)
// as its first line; when stdin closes or on SIGTERM/SIGINT it prints one JSON line of
// counters and exits 0:
//   {"streams":N,"peakInFlight":N,"inFlight":N,"sessions":N,"peakSessions":N}
// A stream is in flight from its request headers until its answer's last byte is sent or the
// client resets it: what the client had open at once, however many connections carried it.

import fs from 'node:fs';
import http2 from 'node:http2';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const testData = path.join(here, '..', 'data');

function fail(message) {
    process.stderr.write(`h2server: ${message}\n`);
    process.exit(2);
}

const { values: options } = (() => {
    try {
        return parseArgs({
            options: {
                data: { type: 'string', default: testData },
                cert: { type: 'string', default: path.join(testData, 'tls', 'server.pem') },
                key: { type: 'string', default: path.join(testData, 'tls', 'server-key.pem') },
                port: { type: 'string', default: '0' },
                delay: { type: 'string', default: '0' }, // ms before every answer
                jitter: { type: 'string', default: '0' }, // adds a random 0..ms to every delay
                synthetic: { type: 'boolean', default: false },
                gzip: { type: 'boolean', default: false },
            },
        });
    } catch (error) {
        fail(error.message);
    }
})();

function intOption(name, max) {
    const value = Number(options[name]);
    if (!Number.isInteger(value) || value < 0 || value > max)
        fail(`--${name} must be a number from 0 to ${max}`);
    return value;
}
const port = intOption('port', 65535);
const delayMs = intOption('delay', 3600000);
const jitterMs = intOption('jitter', 3600000);

const apiDir = path.join(options.data, 'api', 'v2');
if (!fs.existsSync(apiDir))
    fail(`no api/v2 directory in ${options.data}`);

// endpoint -> Map(name or id -> id), from each listing and each file.
const idByKey = new Map();
const nameById = new Map(); // "endpoint/id" -> name
for (const endpoint of fs.readdirSync(apiDir)) {
    const dir = path.join(apiDir, endpoint);
    if (!fs.statSync(dir).isDirectory())
        continue;
    const keys = new Map();
    idByKey.set(endpoint, keys);
    const remember = (name, id) => {
        keys.set(id, id);
        if (name) {
            keys.set(name, id);
            nameById.set(`${endpoint}/${id}`, name);
        }
    };
    const listingFile = path.join(dir, 'index.json');
    if (fs.existsSync(listingFile)) {
        for (const { name, url } of JSON.parse(fs.readFileSync(listingFile)).results ?? []) {
            const id = /\/(\d+)\/?$/.exec(url ?? '')?.[1];
            if (id)
                remember(name, id);
        }
    }
    for (const file of fs.readdirSync(dir)) {
        const match = /^(.+)\.json$/.exec(file);
        if (!match || match[1] === 'index')
            continue;
        remember(JSON.parse(fs.readFileSync(path.join(dir, file))).name, match[1]);
    }
}

// Only what PokeApiParser::parsePokemon requires, so the client parses it as a Pokémon.
function syntheticPokemon(id) {
    const name = nameById.get(`pokemon/${id}`) ?? `pokemon-${id}`;
    const stat = (statName, base) => ({ base_stat: base, effort: 0, stat: { name: statName } });
    return JSON.stringify({
        id: Number(id),
        name,
        height: 7,
        weight: 69,
        types: [{ slot: 1, type: { name: 'normal', url: '/api/v2/type/1/' } }],
        stats: [stat('hp', 45), stat('attack', 49), stat('defense', 49), stat('speed', 45)],
        abilities: [{ ability: { name: 'run-away' }, is_hidden: false, slot: 1 }],
        sprites: { front_default: null, front_shiny: null },
        species: { name, url: `/api/v2/pokemon-species/${id}/` },
    });
}

let baseUrl = ''; // https://127.0.0.1:PORT/, once listening
const bodies = new Map(); // file path or "synthetic/id" -> rewritten body, read once

function rewriteUrls(json) {
    return json
        .replaceAll('"/api/v2/', `"${baseUrl}api/v2/`)
        .replaceAll('"https://raw.githubusercontent.com/PokeAPI/sprites/master/',
                    `"${baseUrl}sprites/`);
}

const contentTypes = { '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
                       '.gif': 'image/gif' };

function withGzip(found) {
    if (options.gzip && found.type === 'application/json')
        found.gzipped = zlib.gzipSync(found.body);
    return found;
}

function fileResource(file) {
    if (!bodies.has(file)) {
        if (!fs.existsSync(file) || !fs.statSync(file).isFile())
            return null;
        const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
        const raw = fs.readFileSync(file);
        bodies.set(file, withGzip({ type, body: type === 'application/json'
                                        ? Buffer.from(rewriteUrls(raw.toString('utf8'))) : raw }));
    }
    return bodies.get(file);
}

function resource(endpoint, key) {
    const id = idByKey.get(endpoint)?.get(key)
        ?? (options.synthetic && endpoint === 'pokemon' && /^[1-9]\d*$/.test(key) ? key : null);
    if (!id)
        return null;
    const found = fileResource(path.join(apiDir, endpoint, `${id}.json`));
    if (found || !options.synthetic || endpoint !== 'pokemon')
        return found;
    const cacheKey = `synthetic/${id}`;
    if (!bodies.has(cacheKey))
        bodies.set(cacheKey, withGzip({ type: 'application/json',
                                        body: Buffer.from(rewriteUrls(syntheticPokemon(id))) }));
    return bodies.get(cacheKey);
}

function lookUp(pathname) {
    if (pathname.startsWith('/sprites/')) {
        const spritesDir = path.resolve(options.data, 'sprites');
        const file = path.resolve(spritesDir, pathname.slice('/sprites/'.length));
        return file.startsWith(spritesDir + path.sep) ? fileResource(file) : null;
    }
    if (!pathname.startsWith('/api/v2/'))
        return null;
    const segments = pathname.slice('/api/v2/'.length).replace(/\/$/, '').split('/');
    if (segments.length === 1 && segments[0] && !segments[0].startsWith('.'))
        return fileResource(path.join(apiDir, segments[0], 'index.json'));
    if (segments.length === 2 && segments[1])
        return resource(segments[0], segments[1]);
    return null;
}

function answer(stream, headers) {
    const method = headers[':method'];
    if (method !== 'GET' && method !== 'HEAD') {
        stream.respond({ ':status': 405, 'content-type': 'text/plain', allow: 'GET, HEAD' });
        stream.end('Method Not Allowed');
        return;
    }
    let pathname;
    try {
        pathname = decodeURIComponent(headers[':path'].split('?')[0]);
    } catch {
        pathname = null;
    }
    const found = pathname === null ? null : lookUp(pathname);
    const status = found ? 200 : 404;
    const gzip = found?.gzipped && /\bgzip\b/.test(headers['accept-encoding'] ?? '');
    const body = found ? (gzip ? found.gzipped : found.body) : Buffer.from('Not Found');
    stream.respond({ ':status': status, 'content-type': found ? found.type : 'text/plain',
                     'content-length': body.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    stream.end(method === 'HEAD' ? undefined : body);
}

const counters = { streams: 0, peakInFlight: 0, inFlight: 0, sessions: 0, peakSessions: 0 };
let openSessions = 0;

const server = http2.createSecureServer({
    cert: fs.readFileSync(options.cert),
    key: fs.readFileSync(options.key),
    allowHTTP1: false,
    // Node's default of 10 MB is less than 64 Pokémon of 300 KB waiting for the client to read
    // them, and past it Node refuses new streams (ENHANCE_YOUR_CALM): the fake must never be
    // what limits the client.
    maxSessionMemory: 1024,
});

server.on('session', (session) => {
    ++counters.sessions;
    counters.peakSessions = Math.max(counters.peakSessions, ++openSessions);
    session.on('close', () => --openSessions);
});

server.on('stream', (stream, headers) => {
    ++counters.streams;
    counters.peakInFlight = Math.max(counters.peakInFlight, ++counters.inFlight);
    const delay = delayMs + (jitterMs > 0 ? Math.floor(Math.random() * (jitterMs + 1)) : 0);
    const timer = setTimeout(() => answer(stream, headers), delay);
    // Closed once the last byte of the answer is sent (the client cannot have its whole answer
    // before that), or when the client resets the stream.
    stream.on('close', () => {
        clearTimeout(timer);
        --counters.inFlight;
    });
    stream.on('error', () => {}); // a reset stream is the client's business, not a crash
});

// Reads (and with --gzip compresses) every file of the data dir now, not on its first request.
function prepareEveryFile() {
    for (const endpoint of fs.readdirSync(apiDir)) {
        const dir = path.join(apiDir, endpoint);
        if (fs.statSync(dir).isDirectory()) {
            for (const file of fs.readdirSync(dir))
                fileResource(path.join(dir, file));
        }
    }
}

let stopping = false;
function stop() {
    if (stopping)
        return;
    stopping = true;
    process.stdout.write(`${JSON.stringify(counters)}\n`, () => process.exit(0));
}

server.listen(port, '127.0.0.1', () => {
    baseUrl = `https://127.0.0.1:${server.address().port}/`;
    if (options.gzip)
        prepareEveryFile();
    process.stdout.write(`${baseUrl}api/v2/\n`);
    // A test that crashes closes our stdin: we never outlive it.
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
});
