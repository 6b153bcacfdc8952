/**
 * Minutes to read a body: English at 220 words a minute, Chinese at 400 characters a minute
 * (the rates reading-time studies commonly use). Code blocks count at half weight. At least 1.
 */
export function readingMinutes(markdown: string): number {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, (block) => ' '.repeat(Math.ceil(block.length / 2)));
  const han = (withoutCode.match(/\p{Script=Han}/gu) ?? []).length;
  const words = withoutCode.replace(/\p{Script=Han}/gu, ' ').split(/\s+/).filter((w) => /\w/.test(w)).length;
  const codeWords = (markdown.match(/```[\s\S]*?```/g) ?? []).join(' ').split(/\s+/).length / 2;
  return Math.max(1, Math.round(words / 220 + codeWords / 220 + han / 400));
}
