/** Opayo's plain-text answers: Name=Value lines separated by CRLF (a value may itself contain "="). */
export function parseOpayoText(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf('=');
    if (at > 0) fields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return fields;
}

export function formatOpayoText(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `${name}=${value.replace(/[\r\n]+/g, ' ')}`)
    .join('\r\n');
}

/** Pence to Opayo's amount format: "25.88". */
export function opayoAmount(pence: number): string {
  return (pence / 100).toFixed(2);
}
