// Each kind of broken entry fails with one line naming the file and the field.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../src/lib/content/validate';

const GOOD = 'tests/fixtures/content-good';
let dir: string | undefined;

/** A copy of the good fixture with one change applied; returns the guard's lines, paths relative to the copy. */
function brokenBy(change: (root: string) => void): string[] {
  dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(GOOD, dir, { recursive: true });
  change(dir);
  return validateContent(dir, dir).map(formatProblem);
}
const edit = (file: string, from: string | RegExp, to: string) => (root: string) =>
  writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(from, to));

const nonStandard220 = edit('codes/220.yaml', /status: standard\nuses:\n  - spec: rfc959\n    section: "4.2.2"/, 'status: non-standard\nuses:\n  - spec: none');

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the content guard', () => {
  it('accepts the good fixture', () => {
    expect(validateContent(GOOD)).toEqual([]);
  });

  it.each<[string, (root: string) => void, string]>([
    ['a value outside the schema', edit('codes/425.yaml', 'status: standard', 'status: sometimes'), 'codes/425.yaml: status: must be standard, extension or non-standard'],
    ['a malformed code', edit('codes/425.yaml', 'related: ["220"]', 'related: ["42"]'), 'codes/425.yaml: related[0]: must be a reply code such as "425" or a Winsock number such as "10060"'],
    ['a misspelt field', edit('codes/425.yaml', 'related:', 'relatd:'), 'codes/425.yaml: relatd: unknown field; remove it or fix its spelling'],
    ['a missing required field', edit('prose/en/425.mdx', /^summary: .*\n/m, ''), 'prose/en/425.mdx: summary: Invalid input: expected string, received undefined'],
    ['a reference to an unknown code', edit('codes/425.yaml', 'related: ["220"]', 'related: ["530"]'), 'codes/425.yaml: related[0]: unknown code "530"; add src/content/codes/530.yaml or remove it'],
    ['a link to an unknown code', edit('prose/ko/220.mdx', '<CodeLink code="220" />', '<CodeLink code="999" />'), 'prose/ko/220.mdx: body: <CodeLink code="999"> names an unknown code'],
    ['a duplicate code', (r) => writeFileSync(join(r, 'codes/426.yaml'), readFileSync(join(r, 'codes/425.yaml'))), 'codes/426.yaml: code: duplicate code "425", already in codes/425.yaml'],
    ['a missing translation', (r) => unlinkSync(join(r, 'prose/ko/425.mdx')), 'prose/ko/425.mdx: file: missing; every code needs prose in en and ko'],
    ['an extra translation', (r) => writeFileSync(join(r, 'prose/ko/999.mdx'), '---\n---\n'), 'prose/ko/999.mdx: file: no facts for code "999"; add src/content/codes/999.yaml or remove this translation'],
    ['a missing section', edit('prose/en/220.mdx', '<Section id="causes">Causes.</Section>', ''), 'prose/en/220.mdx: body: missing <Section id="causes">; the body needs meaning, causes, fix-client, fix-server, in that order'],
    ['pair notes in one language only', (r) => unlinkSync(join(r, 'pairs/ko/220-vs-425.mdx')), 'pairs/ko/220-vs-425.mdx: file: missing; pairs/en/220-vs-425.mdx exists, so every locale needs this pair'],
    ['a command without facts', edit('codes/425.yaml', 'commands: [RETR, STOR]', 'commands: [RETR, STOR, XCRC]'), 'codes/425.yaml: uses: command "XCRC" is not in src/content/commands/facts.yaml; add it there'],
    ['a command without a Korean name', edit('commands/ko.yaml', /^STOR: .*\n/m, ''), 'commands/ko.yaml: STOR: missing; add its name and summary'],
    ['a message naming an unknown code', edit('software/testd.yaml', 'code: "220"', 'code: "530"'), 'software/testd.yaml: messages[0].code: unknown code "530" (ready); add src/content/codes/530.yaml or fix the code'],
    ['situations for unknown software', (r) => writeFileSync(join(r, 'software-prose/ko/nosuchd.yaml'), 'about: x\nwhen: {}\n'), 'software-prose/ko/nosuchd.yaml: file: no software "nosuchd"; add src/content/software/nosuchd.yaml or remove this file'],
    ['a duplicate text', edit('software/testd.yaml', 'text: "Cannot build data connection."\n    until: "1.9.4"', 'text: "Failed to open data connection to {host}."'), 'software/testd.yaml: messages[2].text: duplicate text, already messages[1] (no-data); keep one'],
    ['a missing Korean situation', edit('software-prose/ko/testd.yaml', /^  no-data: .*\n/m, ''), 'software-prose/ko/testd.yaml: when.no-data: missing; say when this message is printed'],
    ['a malformed placeholder', edit('software/testd.yaml', '{host}', '{Host'), 'software/testd.yaml: messages[1].text: has a malformed placeholder; write variable parts as {name} in lower case, e.g. {path}'],
    ['a duplicate message id', edit('software/testd.yaml', 'id: no-data-old', 'id: no-data'), 'software/testd.yaml: messages[2].id: duplicate id "no-data", already messages[1]'],
    ['a situation for no message', edit('software-prose/en/testd.yaml', 'when:\n', 'when:\n  gone: "Sent when nothing at all happens here."\n'), 'software-prose/en/testd.yaml: when.gone: no message "gone" in src/content/software/testd.yaml'],
    [
      'a non-standard code nothing sends',
      (r) => [nonStandard220, edit('software/testd.yaml', 'code: "220"', 'code: "425"')].forEach((f) => f(r)),
      'codes/220.yaml: status: non-standard code "220" is sent by no software in src/content/software/; add the message that carries it, or write sender: none',
    ],
    [
      'a code said to have no sender that has one',
      (r) => [nonStandard220, edit('codes/220.yaml', 'related:', 'sender: none\nrelated:')].forEach((f) => f(r)),
      'codes/220.yaml: sender: says no software sends "220", but src/content/software/testd.yaml does; remove sender: none',
    ],
    ['broken YAML', edit('codes/220.yaml', 'status: standard', 'status: [standard'), 'codes/220.yaml: yaml: Flow sequence in block collection must be sufficiently indented and end with a ] (line 3)'],
    ['a branch to a missing code section', edit('symptoms/no-listing.yaml', 'anchor: fix-server', 'anchor: fixes'), 'symptoms/no-listing.yaml: questions.first[0].to: #fixes is not a code page section; use meaning, causes, fix-client, fix-server, messages, commands, spec, related'],
    ['a branch to a missing guide anchor', edit('symptoms/no-listing.yaml', 'anchor: part-one', 'anchor: part-two'), 'symptoms/no-listing.yaml: questions.second[0].to: #part-two is not an anchor of the guide "demo" (en, ko)'],
    ['a branch to a missing anchor on the page itself', edit('symptoms/no-listing.yaml', 'to: { anchor: fix-client }', 'to: { anchor: fix-servr }'), 'symptoms/no-listing.yaml: questions.second[1].to: #fix-servr is not an anchor of the symptom "no-listing" (en, ko)'],
    ['a loop in a decision path', edit('symptoms/no-listing.yaml', 'to: { anchor: fix-client }', 'next: first'), 'symptoms/no-listing.yaml: questions: question "first" leads back to itself (first → second → first)'],
    ['an answer with no Korean words', edit('symptoms/ko/no-listing.mdx', /^ +guide: .*\n/m, ''), 'symptoms/ko/no-listing.mdx: questions.second.answers.guide: missing; word this answer'],
    ['a symptom in one language only', (r) => unlinkSync(join(r, 'symptoms/ko/no-listing.mdx')), 'symptoms/ko/no-listing.mdx: file: missing; every symptom needs its words in en and ko'],
    ['a guide naming no diagram', edit('guides/ko/demo.mdx', 'name="demo"', 'name="dmeo"'), 'guides/ko/demo.mdx: body: <Diagram name="dmeo"> names no diagram; add src/content/diagrams/dmeo.yaml'],
    ['a diagram step on a lane it does not list', edit('diagrams/demo.yaml', 'to: server,', 'to: nat,'), 'diagrams/demo.yaml: steps[0]: lane "nat" is not in lanes; add it there'],
  ])('reports %s in one line', (_, change, line) => {
    const lines = brokenBy(change);
    expect(lines).toEqual([line]);
    expect(line).not.toContain('\n');
  });
});
