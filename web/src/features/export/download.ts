/** Saves a blob as a file through a temporary link. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportFilename(ext: string): string {
  return `kennisgraaf-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.${ext}`;
}
