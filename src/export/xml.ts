/** Escapes text for XML content and attribute values. */
export function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

/** A number written short (two decimals at most), for coordinates. */
export function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Is a computed colour fully transparent? */
export function transparent(color: string): boolean {
  return color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(color) || color === '';
}
