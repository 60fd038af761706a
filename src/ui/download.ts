/**
 * Save an export as a file from an extension page: a Blob URL and an <a download>, so the extension
 * needs no "downloads" permission.
 */
export function downloadFile(
  doc: Document,
  file: { fileName: string; mimeType: string; content: string },
): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
