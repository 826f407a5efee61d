/** A shipped text from public/corpora, fetched (the single-file build swaps in corpusText.single.ts). */
export function loadCorpusText(file: string): Promise<string> {
  return fetch(`./corpora/${file}`).then((r) =>
    r.ok ? r.text() : Promise.reject(new Error(String(r.status))),
  );
}
