#!/usr/bin/env python3
# Fills the unfinished plural forms of translations/cutover_en.ts (lupdate -pluralonly):
# "%n row(s)" -> "%n row" / "%n rows", "entry(s)" and "entr(y/ies)" -> "entry" / "entries".
# Verbs that agree with the count ("are", "need(s)") are in the tables below; for a new
# string whose singular needs more than dropping "(s)", add it there. Prints what it filled:
# read it. Entries already translated are left alone.
#   scripts/fill-english-plurals.py translations/cutover_en.ts
import re, sys, html
path = sys.argv[1]
text = open(path, encoding='utf-8').read()

singular_overrides = {
    '%n unbilled time entry(s) with no rate: their amount is taken as 0.':
        '%n unbilled time entry with no rate: its amount is taken as 0.',
    'No problems in these %n row(s)': 'No problems in this row',
    '%n interim entry(s) sent to their matters': '%n interim entry sent to its matter',
    'Snapshots checked again: %n row(s) are after the cutoff.': 'Snapshots checked again: %n row is after the cutoff.',
    '%n user(s) with entries to import have no Clio user yet; map them with --map SOURCE=ID.':
        '%n user with entries to import has no Clio user yet; map it with --map SOURCE=ID.',
    '%n invoice number(s) do not end in digits (such as “%1”); no next number can be given for them.':
        '%n invoice number does not end in digits (“%1”); no next number can be given for it.',
    '%n client(s) with open items are not in the clients file: %1.':
        '%n client with open items is not in the clients file: %1.',
    'Re-export (snapshot %1) against the final export (snapshot %2): %n record(s) differ; %3 marked for import.':
        'Re-export (snapshot %1) against the final export (snapshot %2): %n record differs; %3 marked for import.',
    '%1 row(s) are after it': '%1 row is after it',
    '%n file(s) need a map: choose what each holds in the “Holds” column.':
        '%n file needs a map: choose what it holds in the “Holds” column.',
    '%n file(s) have a map that leaves a required field without a column: finish it under Columns.':
        '%n file has a map that leaves a required field without a column: finish it under Columns.',
    '%n file(s) cannot be read: remove them from the list.': '%n file cannot be read: remove it from the list.',
    '%n re-export(s) after the final export add the rows marked for import.':
        '%n re-export after the final export adds the rows marked for import.',
    '%n entry(s) listed before are no longer on it.': '%n entry listed before is no longer on it.',
    "%n billed time or expense entries are left out: billed history stays in the old system's reports.":
        "%n billed time or expense entry is left out: billed history stays in the old system's reports.",
    '%n record(s) the import skipped are left out.': '%n record the import skipped is left out.',
    '%n record(s) of the placeholder matter are left out.': '%n record of the placeholder matter is left out.',
    '%n interim entries (time recorded during the migration) are left out.':
        '%n interim entry (time recorded during the migration) is left out.',
    '%n record(s) were refused before sending; each is listed as missing with the reason.':
        '%n record was refused before sending; it is listed as missing with the reason.',
    '%n of the differences still need(s) an explanation: double-click the Explanation cell and type why it is acceptable or what will be corrected.':
        '%n of the differences still needs an explanation: double-click the Explanation cell and type why it is acceptable or what will be corrected.',
    '%n row(s) of %1 hold another kind of record and were left to the map for that kind.':
        '%n row of %1 holds another kind of record and was left to the map for that kind.',
    "client %1 named in the description; the user's most recent of its %n matters":
        "client %1 named in the description; the user's most recent of its %n matter",
    'client %1 named in the description, but it has %n matters and nothing tells them apart':
        'client %1 named in the description, but it has %n matter and nothing tells it apart',
    '%n spot check(s) not decided yet: accept or flag each.': '%n spot check not decided yet: accept or flag it.',
    '%n difference(s) without an explanation: %1. Type an explanation for each, or have it corrected and reconcile again.':
        '%n difference without an explanation: %1. Type an explanation for it, or have it corrected and reconcile again.',
    '%n file(s) written. Share them with the firm; load them back when filled (section 3).':
        '%n file written. Share it with the firm; load it back when filled (section 3).',
}
plural_overrides = {
    '%n of the differences still need(s) an explanation: double-click the Explanation cell and type why it is acceptable or what will be corrected.':
        '%n of the differences still need an explanation: double-click the Explanation cell and type why it is acceptable or what will be corrected.',
}

def auto(src, plural):
    s = src.replace('entry(s)', 'entries' if plural else 'entry')
    s = s.replace('entr(y/ies)', 'entries' if plural else 'entry')
    s = s.replace('(s)', 's' if plural else '')
    return s

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace("'", '&apos;').replace('"', '&quot;')

filled = [0]

def fill(m):
    block = m.group(0)
    if 'type="unfinished"' not in block:
        return block  # filled by hand or before: kept
    src = html.unescape(re.search(r'<source>(.*?)</source>', block, re.S).group(1))
    one = singular_overrides.get(src, auto(src, False))
    many = plural_overrides.get(src, auto(src, True))
    if ('%n' in src or '%Ln' in src) and src not in singular_overrides:
        assert ('%n' in one or '%Ln' in one) and ('%n' in many or '%Ln' in many), src
    filled[0] += 1
    print('  ' + src)
    new = ('<translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n        </translation>'
           % (esc(one), esc(many)))
    return re.sub(r'<translation type="unfinished">.*?</translation>', new, block, flags=re.S)

out, n = re.subn(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(out)
print(filled[0], 'filled')
