/** Hands a blob to the browser as a download (an <a download> click; works from file:// as well). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // revoke later: some browsers read the URL after the click returns
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from parts: lower case, ASCII letters, digits and dashes. */
export function fileName(parts: (string | number)[], ext: string): string {
  const stem = parts
    .map((p) =>
      String(p)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${stem || 'figure'}.${ext}`;
}
