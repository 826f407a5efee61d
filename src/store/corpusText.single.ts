/**
 * The shipped texts inlined in the single-file build (there is no server to fetch them from on
 * file://): every public/corpora/*.txt as a string, about 21 KB in all.
 */
const texts = import.meta.glob<string>('../../public/corpora/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function loadCorpusText(file: string): Promise<string> {
  const text = texts[`../../public/corpora/${file}`];
  return text === undefined ? Promise.reject(new Error(`no corpus ${file}`)) : Promise.resolve(text);
}
