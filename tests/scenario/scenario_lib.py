"""Builders for the scenario messages (JW301, JW305, JW307, JW315, JW317) and the scenario writer.

Used by generate.py only. The messages follow tests/data/base: UTF-8, tab indentation, CRLF line ends,
BSN 123456782, aanbieder AGB 12345678, gemeente 0983. Every builder returns the message text.
"""

import os
import shutil

AGB = "12345678"          # the aanbieder of tests/data/base
AGB_OTHER = "87654321"    # a second aanbieder
GEMEENTE = "0983"         # Venlo
BSN = "123456782"         # client of tests/data/base
BSN_OTHER = "999990019"   # a second client (test BSN, passes the 11-proef)

CLIENTS = {
    BSN: dict(geboortedatum="2014-06-12", geslacht="2", achternaam="Janssen", voorletters="L"),
    BSN_OTHER: dict(geboortedatum="2012-03-05", geslacht="1", achternaam="Bakker", voorletters="T"),
}

BERICHTCODE = {"301": "436", "305": "438", "307": "440", "315": "446", "317": "486"}


class Lines:
    def __init__(self):
        self.lines = []

    def add(self, depth, text):
        self.lines.append("\t" * depth + text)

    def leaf(self, depth, name, value):
        if value is not None:
            self.add(depth, f"<{name}>{value}</{name}>")

    def text(self):
        return "\r\n".join(self.lines) + "\r\n"


def _open(kind, lines):
    p = f"jw{kind}"
    lines.add(0, '<?xml version="1.0" encoding="UTF-8"?>')
    lines.add(0, f'<{p}:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" '
                 f'xmlns:{p}="http://www.istandaarden.nl/ijw/3_2/{p}/schema">')


def _header(kind, lines, afzender, ontvanger, ident, dagtekening):
    p = f"jw{kind}"
    lines.add(1, f"<{p}:Header>")
    lines.leaf(2, f"{p}:BerichtCode", BERICHTCODE[kind])
    lines.leaf(2, f"{p}:BerichtVersie", "3")
    lines.leaf(2, f"{p}:BerichtSubversie", "2")
    lines.leaf(2, f"{p}:Afzender", afzender)
    lines.leaf(2, f"{p}:Ontvanger", ontvanger)
    lines.add(2, f"<{p}:BerichtIdentificatie>")
    lines.leaf(3, "ijw:Identificatie", ident)
    lines.leaf(3, "ijw:Dagtekening", dagtekening)
    lines.add(2, f"</{p}:BerichtIdentificatie>")
    lines.add(2, f"<{p}:XsdVersie>")
    lines.leaf(3, "ijw:BasisschemaXsdVersie", "1.0.0")
    lines.leaf(3, "ijw:BerichtXsdVersie", "1.0.0")
    lines.add(2, f"</{p}:XsdVersie>")
    lines.add(1, f"</{p}:Header>")


def _client_head(kind, lines, bsn, full_name):
    p = f"jw{kind}"
    c = CLIENTS[bsn]
    lines.leaf(2, f"{p}:Bsn", bsn)
    lines.add(2, f"<{p}:Geboortedatum>")
    lines.leaf(3, "ijw:Datum", c["geboortedatum"])
    lines.add(2, f"</{p}:Geboortedatum>")
    lines.leaf(2, f"{p}:Geslacht", c["geslacht"])
    lines.add(2, f"<{p}:Naam>")
    lines.add(3, "<ijw:Geslachtsnaam>")
    lines.leaf(4, "ijw:Achternaam", c["achternaam"])
    lines.add(3, "</ijw:Geslachtsnaam>")
    lines.leaf(3, "ijw:Voorletters", c["voorletters"])
    if full_name:
        lines.leaf(3, "ijw:NaamGebruik", "1")
    lines.add(2, f"</{p}:Naam>")


def _product(lines, depth, p, cat, code):
    if cat is None:
        return
    lines.add(depth, f"<{p}:Product>")
    lines.leaf(depth + 1, "ijw:Categorie", cat)
    lines.leaf(depth + 1, "ijw:Code", code)
    lines.add(depth, f"</{p}:Product>")


def _omvang(lines, depth, p, omvang):
    if omvang is None:
        return
    volume, eenheid, frequentie = omvang
    lines.add(depth, f"<{p}:Omvang>")
    lines.leaf(depth + 1, "ijw:Volume", volume)
    lines.leaf(depth + 1, "ijw:Eenheid", eenheid)
    lines.leaf(depth + 1, "ijw:Frequentie", frequentie)
    lines.add(depth, f"</{p}:Omvang>")


def tp(nr, ingang="2026-11-01", eind="2027-04-30", cat="45", code="45A04", omvang=("3", "04", "2"),
       budget=None, datum="2026-11-19", tijd="10:15:00", ref=None, reden=None):
    """A JW301 ToegewezenProduct. Defaults: the toewijzing of tests/data/base/JW301.xml."""
    return dict(nr=nr, ref=ref, cat=cat, code=code, datum=datum, tijd=tijd, ingang=ingang, eind=eind,
                reden=reden, omvang=omvang, budget=budget)


def jw301(ident, products, bsn=BSN, dagtekening="2026-11-20", aanbieder=AGB, gemeente=GEMEENTE,
          relatie=False):
    p = "jw301"
    L = Lines()
    _open("301", L)
    _header("301", L, gemeente, aanbieder, ident, dagtekening)
    L.add(1, f"<{p}:Client>")
    _client_head("301", L, bsn, full_name=True)
    if relatie:
        L.add(2, f"<{p}:Relaties>")
        L.add(3, f"<{p}:Relatie>")
        L.leaf(4, f"{p}:Nummer", "1")
        L.leaf(4, f"{p}:Soort", "03")
        L.add(4, f"<{p}:Naam>")
        L.add(5, "<ijw:Geslachtsnaam>")
        L.leaf(6, "ijw:Achternaam", CLIENTS[bsn]["achternaam"])
        L.add(5, "</ijw:Geslachtsnaam>")
        L.leaf(5, "ijw:Voorletters", "M")
        L.leaf(5, "ijw:NaamGebruik", "1")
        L.add(4, f"</{p}:Naam>")
        L.add(4, f"<{p}:Contact>")
        L.leaf(5, f"{p}:Soort", "01")
        L.add(5, f"<{p}:Telefoon>")
        L.add(6, "<ijw:Telefoon01>")
        L.leaf(7, "ijw:Telefoonnummer", "0771234567")
        L.leaf(7, "ijw:Landnummer", "0031")
        L.add(6, "</ijw:Telefoon01>")
        L.add(5, f"</{p}:Telefoon>")
        L.add(4, f"</{p}:Contact>")
        L.add(3, f"</{p}:Relatie>")
        L.add(2, f"</{p}:Relaties>")
    L.add(2, f"<{p}:Contactgegevens>")
    L.add(3, f"<{p}:Contact>")
    L.leaf(4, f"{p}:Soort", "01")
    L.add(4, f"<{p}:Adres>")
    L.add(5, "<ijw:Huis>")
    L.leaf(6, "ijw:Huisnummer", "12")
    L.add(5, "</ijw:Huis>")
    L.leaf(5, "ijw:Postcode", "5911AB")
    L.leaf(5, "ijw:Straatnaam", "Maasboulevard")
    L.leaf(5, "ijw:Plaatsnaam", "Venlo")
    L.leaf(5, "ijw:LandCode", "NL")
    L.add(4, f"</{p}:Adres>")
    L.add(3, f"</{p}:Contact>")
    L.add(2, f"</{p}:Contactgegevens>")
    L.add(2, f"<{p}:ToegewezenProducten>")
    for t in products:
        L.add(3, f"<{p}:ToegewezenProduct>")
        L.leaf(4, f"{p}:ToewijzingNummer", t["nr"])
        L.leaf(4, f"{p}:ReferentieAanbieder", t["ref"])
        _product(L, 4, p, t["cat"], t["code"])
        L.leaf(4, f"{p}:Toewijzingsdatum", t["datum"])
        L.leaf(4, f"{p}:Toewijzingstijd", t["tijd"])
        L.leaf(4, f"{p}:Ingangsdatum", t["ingang"])
        L.leaf(4, f"{p}:Einddatum", t["eind"])
        L.leaf(4, f"{p}:RedenWijziging", t["reden"])
        _omvang(L, 4, p, t["omvang"])
        L.leaf(4, f"{p}:Budget", t["budget"])
        L.add(3, f"</{p}:ToegewezenProduct>")
    L.add(2, f"</{p}:ToegewezenProducten>")
    L.add(1, f"</{p}:Client>")
    L.add(0, f"</{p}:Bericht>")
    return L.text()


def sp(nr="8001", begin="2026-11-02", status="1", cat="45", code="45A04", tingang="2026-11-01"):
    """A JW305 StartProduct. nr=None for a taakgerichte start (no ToewijzingNummer)."""
    return dict(nr=nr, cat=cat, code=code, tingang=tingang, begin=begin, status=status)


def jw305(ident, products, bsn=BSN, dagtekening="2026-11-20", aanbieder=AGB, gemeente=GEMEENTE,
          raw_status=None):
    p = "jw305"
    L = Lines()
    _open("305", L)
    _header("305", L, aanbieder, gemeente, ident, dagtekening)
    L.add(1, f"<{p}:Client>")
    _client_head("305", L, bsn, full_name=False)
    L.add(2, f"<{p}:StartProducten>")
    for s in products:
        L.add(3, f"<{p}:StartProduct>")
        L.leaf(4, f"{p}:ToewijzingNummer", s["nr"])
        _product(L, 4, p, s["cat"], s["code"])
        L.leaf(4, f"{p}:ToewijzingIngangsdatum", s["tingang"])
        L.leaf(4, f"{p}:Begindatum", s["begin"])
        L.leaf(4, f"{p}:StatusAanlevering", s["status"])
        L.add(3, f"</{p}:StartProduct>")
    L.add(2, f"</{p}:StartProducten>")
    L.add(1, f"</{p}:Client>")
    L.add(0, f"</{p}:Bericht>")
    return L.text()


def stp(nr="8001", begin="2026-11-02", reden="31", eind="2026-11-18", status="1", cat="45", code="45A04",
        tingang="2026-11-01"):
    """A JW307 StopProduct."""
    return dict(nr=nr, cat=cat, code=code, tingang=tingang, begin=begin, reden=reden, eind=eind, status=status)


def jw307(ident, products, bsn=BSN, dagtekening="2026-11-20", aanbieder=AGB, gemeente=GEMEENTE):
    p = "jw307"
    L = Lines()
    _open("307", L)
    _header("307", L, aanbieder, gemeente, ident, dagtekening)
    L.add(1, f"<{p}:Client>")
    _client_head("307", L, bsn, full_name=False)
    L.add(2, f"<{p}:StopProducten>")
    for s in products:
        L.add(3, f"<{p}:StopProduct>")
        L.leaf(4, f"{p}:ToewijzingNummer", s["nr"])
        _product(L, 4, p, s["cat"], s["code"])
        L.leaf(4, f"{p}:ToewijzingIngangsdatum", s["tingang"])
        L.leaf(4, f"{p}:Begindatum", s["begin"])
        L.leaf(4, f"{p}:RedenBeeindiging", s["reden"])
        L.leaf(4, f"{p}:Einddatum", s["eind"])
        L.leaf(4, f"{p}:StatusAanlevering", s["status"])
        L.add(3, f"</{p}:StopProduct>")
    L.add(2, f"</{p}:StopProducten>")
    L.add(1, f"</{p}:Client>")
    L.add(0, f"</{p}:Bericht>")
    return L.text()


def ap(ref, ingang="2026-12-01", eind="2027-05-31", cat="45", code="45A04", omvang=("3", "04", "2"),
       budget=None):
    """A JW315 AangevraagdProduct (verwijzer: huisarts with AGB code, as in tests/data/base)."""
    return dict(ref=ref, cat=cat, code=code, ingang=ingang, eind=eind, omvang=omvang, budget=budget)


def jw315(ident, products, bsn=BSN, dagtekening="2026-11-20", aanbieder=AGB, gemeente=GEMEENTE):
    p = "jw315"
    L = Lines()
    _open("315", L)
    _header("315", L, aanbieder, gemeente, ident, dagtekening)
    L.add(1, f"<{p}:Client>")
    _client_head("315", L, bsn, full_name=False)
    L.add(2, f"<{p}:AangevraagdeProducten>")
    for a in products:
        L.add(3, f"<{p}:AangevraagdProduct>")
        L.leaf(4, f"{p}:ReferentieAanbieder", a["ref"])
        _product(L, 4, p, a["cat"], a["code"])
        L.leaf(4, f"{p}:ToewijzingIngangsdatum", a["ingang"])
        L.leaf(4, f"{p}:ToewijzingEinddatum", a["eind"])
        _omvang(L, 4, p, a["omvang"])
        L.leaf(4, f"{p}:Budget", a["budget"])
        L.add(4, f"<{p}:Verwijzer>")
        L.leaf(5, "ijw:Type", "02")
        L.leaf(5, "ijw:ZorgverlenerCode", "01234567")
        L.add(4, f"</{p}:Verwijzer>")
        L.add(3, f"</{p}:AangevraagdProduct>")
    L.add(2, f"</{p}:AangevraagdeProducten>")
    L.add(1, f"</{p}:Client>")
    L.add(0, f"</{p}:Bericht>")
    return L.text()


def tw(nr, gewenst, eind="2027-06-30", omvang=("3", "04", "2"), budget=None):
    """A JW317 TeWijzigenProduct."""
    return dict(nr=nr, gewenst=gewenst, eind=eind, omvang=omvang, budget=budget)


def np_(gewenst="2026-12-01", eind="2027-05-31", cat="45", code="45A05", omvang=("2", "04", "2"), budget=None):
    """A JW317 NieuwProduct. Defaults: the NieuwProduct of tests/data/base/JW317.xml."""
    return dict(cat=cat, code=code, gewenst=gewenst, eind=eind, omvang=omvang, budget=budget)


def jw317(ident, ref, ongewijzigd=(), tewijzigen=(), nieuw=(), bsn=BSN, dagtekening="2026-11-20",
          aanbieder=AGB, gemeente=GEMEENTE, reden="2"):
    p = "jw317"
    L = Lines()
    _open("317", L)
    _header("317", L, aanbieder, gemeente, ident, dagtekening)
    L.add(1, f"<{p}:Client>")
    L.leaf(2, f"{p}:Bsn", bsn)
    L.add(2, f"<{p}:Verzoek>")
    L.leaf(3, f"{p}:ReferentieAanbieder", ref)
    L.leaf(3, f"{p}:RedenVerzoek", reden)
    if ongewijzigd:
        L.add(3, f"<{p}:OngewijzigdeProducten>")
        for nr in ongewijzigd:
            L.add(4, f"<{p}:OngewijzigdProduct>")
            L.leaf(5, f"{p}:ToewijzingNummer", nr)
            L.add(4, f"</{p}:OngewijzigdProduct>")
        L.add(3, f"</{p}:OngewijzigdeProducten>")
    if tewijzigen:
        L.add(3, f"<{p}:TeWijzigenProducten>")
        for t in tewijzigen:
            L.add(4, f"<{p}:TeWijzigenProduct>")
            L.leaf(5, f"{p}:ToewijzingNummer", t["nr"])
            L.leaf(5, f"{p}:GewensteIngangsdatum", t["gewenst"])
            L.leaf(5, f"{p}:Einddatum", t["eind"])
            _omvang(L, 5, p, t["omvang"])
            L.leaf(5, f"{p}:Budget", t["budget"])
            L.add(4, f"</{p}:TeWijzigenProduct>")
        L.add(3, f"</{p}:TeWijzigenProducten>")
    if nieuw:
        L.add(3, f"<{p}:NieuweProducten>")
        for n in nieuw:
            L.add(4, f"<{p}:NieuwProduct>")
            _product(L, 5, p, n["cat"], n["code"])
            L.leaf(5, f"{p}:GewensteIngangsdatum", n["gewenst"])
            L.leaf(5, f"{p}:Einddatum", n["eind"])
            _omvang(L, 5, p, n["omvang"])
            L.leaf(5, f"{p}:Budget", n["budget"])
            L.add(4, f"</{p}:NieuwProduct>")
        L.add(3, f"</{p}:NieuweProducten>")
    L.add(2, f"</{p}:Verzoek>")
    L.add(1, f"</{p}:Client>")
    L.add(0, f"</{p}:Bericht>")
    return L.text()


class Scenario:
    """One scenario directory: messages in order, each with its expected outcome and codes."""

    def __init__(self, name, readme, today=None, unordered_codes=False, region=None):
        self.name = name
        self.readme = readme
        self.today = today
        self.unordered_codes = unordered_codes
        self.region = region  # a region file, relative to the repository root: ijwctl process --region
        self.messages = []   # (file name, text or None for a copy, copy_of, outcome, codes)

    def add(self, what, text, outcome="accepted", codes="", policy=None):
        """`policy`: with a region, the expected policy finding ids (a fourth column; "!" marks block)."""
        fname = f"{len(self.messages) + 1:02d}_{what}.xml"
        self.messages.append(dict(file=fname, text=text, outcome=outcome, codes=codes, copy_of=None, policy=policy))
        return fname

    def copy(self, what, of, outcome="accepted", codes=""):
        """The very same bytes as an earlier file, under the next number."""
        fname = f"{len(self.messages) + 1:02d}_{what}.xml"
        src = next(m for m in self.messages if m["file"] == of)
        self.messages.append(dict(file=fname, text=src["text"], outcome=outcome, codes=codes, copy_of=of))
        return fname

    def write(self, root):
        d = os.path.join(root, self.name)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for m in self.messages:
            with open(os.path.join(d, m["file"]), "wb") as f:
                f.write(m["text"].encode("utf-8"))
        with open(os.path.join(d, "expected"), "w", encoding="utf-8", newline="\n") as f:
            for m in self.messages:
                policy = f"\t{m.get('policy') or ''}" if self.region else ""
                f.write(f"{m['file']}\t{m['outcome']}\t{m['codes']}{policy}\n")
        with open(os.path.join(d, "README"), "w", encoding="utf-8", newline="\n") as f:
            f.write(self.readme.strip() + "\n")
        if self.today:
            with open(os.path.join(d, "today"), "w", encoding="utf-8", newline="\n") as f:
                f.write(self.today + "\n")
        if self.region:
            with open(os.path.join(d, "region"), "w", encoding="utf-8", newline="\n") as f:
                f.write(self.region + "\n")
        if self.unordered_codes:
            with open(os.path.join(d, "unordered_codes"), "w", encoding="utf-8", newline="\n") as f:
                f.write("run_scenario.sh compares each run of consecutive codes other than 0200 sorted: one "
                        "class carries two codes whose order the standard does not fix.\n")
        return d
