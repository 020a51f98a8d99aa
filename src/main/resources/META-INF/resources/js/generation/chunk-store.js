// The recorded chunks this device has not handed to the server yet, kept in IndexedDB (keyed by segment id and
// chunk index) so that a reload, a crash or a dropped network loses nothing. A chunk leaves the store only once the
// server has answered 200 for it. Where IndexedDB cannot be opened (a private window of some browsers) the chunks
// are kept in memory: they then survive a dropped network, not a reload.

const DATABASE = 'quizcast-audio';
const STORE = 'chunks';

function request(idbRequest) {
  return new Promise((resolve, reject) => {
    idbRequest.onsuccess = () => resolve(idbRequest.result);
    idbRequest.onerror = () => reject(idbRequest.error);
  });
}

function openDatabase() {
  const opening = indexedDB.open(DATABASE, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, { keyPath: ['segmentId', 'index'] });
  return request(opening);
}

/** A chunk as stored: {segmentId, index, bytes (ArrayBuffer), type, takeStart, savedAt}. */
class IndexedChunks {
  constructor(database) {
    this.database = database;
  }

  /** Runs one request in a transaction; a write resolves once it is durable (the transaction completed). */
  async run(mode, action) {
    const transaction = this.database.transaction(STORE, mode);
    const done = new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
    const [result] = await Promise.all([request(action(transaction.objectStore(STORE))), done]);
    return result;
  }

  put(chunk) {
    return this.run('readwrite', (store) => store.put(chunk));
  }

  /** The segment's chunks, by index. */
  list(segmentId) {
    const range = IDBKeyRange.bound([segmentId, 0], [segmentId, Number.MAX_SAFE_INTEGER]);
    return this.run('readonly', (store) => store.getAll(range));
  }

  get(segmentId, index) {
    return this.run('readonly', (store) => store.get([segmentId, index]));
  }

  remove(segmentId, index) {
    return this.run('readwrite', (store) => store.delete([segmentId, index]));
  }
}

class MemoryChunks {
  constructor() {
    this.chunks = new Map();
  }

  async put(chunk) {
    this.chunks.set(`${chunk.segmentId}/${chunk.index}`, chunk);
  }

  async list(segmentId) {
    return [...this.chunks.values()].filter((c) => c.segmentId === segmentId).sort((a, b) => a.index - b.index);
  }

  async get(segmentId, index) {
    return this.chunks.get(`${segmentId}/${index}`);
  }

  async remove(segmentId, index) {
    this.chunks.delete(`${segmentId}/${index}`);
  }
}

let opened;

/** The device's chunk store: IndexedDB when it opens, else memory. */
export function chunkStore() {
  opened ??= (typeof indexedDB === 'undefined' ? Promise.reject(new Error('no IndexedDB')) : openDatabase()).then(
    (database) => new IndexedChunks(database),
    () => new MemoryChunks(),
  );
  return opened;
}
