#!/usr/bin/env python3
"""Writes the scenario directories of tests/scenario/ (messages, expected, README, today).

The expectations below are written from the standard (ijw-spec §3.4, §3.6, §4.2 level 3, §5) and from the
decisions in tests/scenario/README.md, not from the implementation. Edit a scenario here and run
`python3 tests/scenario/generate.py` (it rewrites every NNN_* directory; commit the result), then
`tests/scenario/check_messages.sh` to prove every message passes or fails levels 1-2 as intended.

Retour codes are listed in document order (§3.4): Header first; then inside Client every berichtklasse in
document order, each class's RetourCodes after its child containers; the Client's own codes last.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scenario_lib import (AGB_OTHER, BSN_OTHER, Scenario, ap, jw301, jw305, jw307, jw315, jw317, np_, sp,  # noqa: E402
                          stp, tp, tw)

OK = "0200"


def r302(products, relatie=False, client=OK):
    """JW302: Header, (Relatie/Contact, Relatie), Contactgegevens/Contact, each ToegewezenProduct, Client."""
    codes = [OK] + ([OK, OK] if relatie else []) + [OK] + list(products) + [client]
    return ",".join(codes)


def r306(products, client=OK):
    """JW306 and JW308: Header, each StartProduct/StopProduct, Client."""
    return ",".join([OK] + list(products) + [client])


r308 = r306


def r316(products, client=OK):
    """JW316: Header, each AangevraagdProduct, Client."""
    return ",".join([OK] + list(products) + [client])


def r318(ong=(), tew=(), nieuw=(), verzoek=OK, client=OK):
    """JW318: Header, OngewijzigdProducten, TeWijzigenProducten, NieuweProducten, Verzoek, Client."""
    return ",".join([OK] + list(ong) + list(tew) + list(nieuw) + [verzoek, client])


SCENARIOS = []


class S(Scenario):
    """A scenario with automatic, unique Identificaties: <prefix><scenario number>-<message number>."""
    PREFIX = {"301": "TW", "305": "ST", "307": "SP", "315": "VT", "317": "VW"}

    def __init__(self, name, readme, **kw):
        self.number = len(SCENARIOS) + 1
        super().__init__(f"{self.number:03d}_{name}", readme, **kw)
        SCENARIOS.append(self)

    def id(self, kind):
        return f"{self.PREFIX[kind]}{self.number:03d}-{len(self.messages) + 1:02d}"

    # shorthands: each builds the message with the next Identificatie and adds it
    def t(self, what, products, outcome="accepted", codes="", **kw):
        policy = kw.pop("policy", None)
        return self.add(what, jw301(kw.pop("ident", None) or self.id("301"), products, **kw), outcome, codes,
                        policy)

    def start(self, what, products, outcome="accepted", codes="", **kw):
        policy = kw.pop("policy", None)
        return self.add(what, jw305(kw.pop("ident", None) or self.id("305"), products, **kw), outcome, codes,
                        policy)

    def stop(self, what, products, outcome="accepted", codes="", **kw):
        policy = kw.pop("policy", None)
        return self.add(what, jw307(kw.pop("ident", None) or self.id("307"), products, **kw), outcome, codes,
                        policy)

    def vot(self, what, products, outcome="accepted", codes="", **kw):
        policy = kw.pop("policy", None)
        return self.add(what, jw315(kw.pop("ident", None) or self.id("315"), products, **kw), outcome, codes,
                        policy)

    def vow(self, what, ref, outcome="accepted", codes="", **kw):
        policy = kw.pop("policy", None)
        return self.add(what, jw317(kw.pop("ident", None) or self.id("317"), ref, **kw), outcome, codes, policy)


# Shared fixtures -------------------------------------------------------------------------------------------
T8001 = tp("8001")                                                   # 45A04, 2026-11-01 .. 2027-04-30, 3 uur/week
T8002 = tp("8002", code="45A05", omvang=("2", "04", "2"))            # 45A05, same period
T8002_ENDED = tp("8002", code="45A05", ingang="2026-06-01", eind="2026-10-31", omvang=("2", "04", "2"),
                 datum="2026-05-20")                                 # ended before the VOW's Dagtekening
T8002_FUTURE = tp("8002", code="45A05", ingang="2027-01-01", eind="2027-06-30", omvang=("2", "04", "2"))
T8003_ASPECIFIEK = tp("8003", code=None, omvang=None, budget="500000")   # Categorie 45 only, with a Budget
T8004_GENERIEK = tp("8004", cat=None, code=None, omvang=None, budget="500000")  # no Product, with a Budget
S8001 = sp()                                                         # start 8001, Begindatum 2026-11-02
P8001 = stp()                                                        # definitive stop (31), Einddatum 2026-11-18


def temp(eind, begin="2026-11-02"):
    return stp(begin=begin, reden="20", eind=eind)


# TR019 ---------------------------------------------------------------------------------------------------
s = S("TR019_start_without_toewijzing", "TR019: a start for a ToewijzingNummer that was never assigned gets 9019.")
s.t("toewijzing_8001", [T8001])
s.start("start_8002_never_assigned", [sp(nr="8002")], "rejected", r306(["9019"]))

s = S("TR019_start_toewijzing_of_other_client",
      "TR019: toewijzing 8001 belongs to another client (Bsn); a start for it with this Bsn gets 9019.")
s.t("toewijzing_8001_other_client", [T8001], bsn=BSN_OTHER)
s.start("start_8001", [S8001], "rejected", r306(["9019"]))

s = S("TR019_start_toewijzing_of_other_aanbieder",
      "TR019: toewijzing 8001 was sent to another aanbieder; this aanbieder's start for it gets 9019.")
s.t("toewijzing_8001_other_aanbieder", [T8001], aanbieder=AGB_OTHER)
s.start("start_8001", [S8001], "rejected", r306(["9019"]))

s = S("TR019_ok_start_with_toewijzing", "TR019: a start for an assigned toewijzing of this client is accepted.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])

# TR056 ---------------------------------------------------------------------------------------------------
s = S("TR056_identificatie_reused_by_other_start",
      "TR056: a different JW305 of the same aanbieder reusing an Identificatie gets a header-only 9056.")
s.t("toewijzing_8001_8002", [T8001, T8002])
s.start("start_8001", [S8001], ident="ST-REUSED")
s.start("start_8002_same_identificatie", [sp(nr="8002", code="45A05")], "rejected", "9056", ident="ST-REUSED")

s = S("TR056_rejected_identificatie_counts",
      "TR056: the Identificatie of a rejected message (it got a retour) is used; a corrected resend must take a "
      "new one.")
s.start("start_8001_before_toewijzing", [S8001], "rejected", r306(["9019"]), ident="ST-FIRST")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_same_identificatie", [S8001], "rejected", "9056", ident="ST-FIRST", dagtekening="2026-11-21")

s = S("TR056_level2_rejected_identificatie_counts",
      "TR056: a level-2 rejection (0001, CS058 StatusAanlevering 2) also got a retour, so its Identificatie is "
      "used.")
s.t("toewijzing_8001", [T8001])
s.start("start_status_2", [sp(status="2")], "rejected", "0001", ident="ST-LEVEL2")
s.start("start_status_1_same_identificatie", [S8001], "rejected", "9056", ident="ST-LEVEL2")

s = S("TR056_ok_xsd_invalid_identificatie_not_counted",
      "TR056: an XSD-invalid message gets no retour and does not use its Identificatie.")
s.t("toewijzing_8001", [T8001])
s.start("start_status_5_xsd_invalid", [sp(status="5")], "invalid", "", ident="ST-INVALID")
s.start("start_same_identificatie", [S8001], ident="ST-INVALID")

s = S("TR056_ok_same_identificatie_other_berichtsoort",
      "TR056: the key is (Afzender, BerichtCode, Identificatie); one Identificatie in JW301, JW305 and JW307 is "
      "fine.")
s.t("toewijzing_8001", [T8001], ident="ID-0001")
s.start("start_8001", [S8001], ident="ID-0001")
s.stop("stop_8001", [P8001], ident="ID-0001")

s = S("TR056_ok_same_identificatie_other_aanbieder",
      "TR056: two aanbieders (Afzender) may use the same Identificatie for their JW305.")
s.t("toewijzing_8001_aanbieder_a", [T8001])
s.t("toewijzing_8002_aanbieder_b", [tp("8002")], aanbieder=AGB_OTHER)
s.start("start_8001_aanbieder_a", [S8001], ident="ST-SAME")
s.start("start_8002_aanbieder_b", [sp(nr="8002")], ident="ST-SAME", aanbieder=AGB_OTHER)

s = S("TR056_ok_same_bytes_twice_same_line",
      "Idempotent resend: the very same bytes again get the stored retour, so the same line.")
s.t("toewijzing_8001", [T8001])
first = s.start("start_8001", [S8001])
s.copy("start_8001_same_bytes", first)

s = S("TR056_same_bytes_of_rejected_returns_stored_retour",
      "Idempotent resend: the same bytes of a rejected start return its stored retour, although the start "
      "would now pass.")
first = s.start("start_8001_before_toewijzing", [S8001], "rejected", r306(["9019"]))
s.t("toewijzing_8001", [T8001])
s.copy("start_8001_same_bytes", first, "rejected", r306(["9019"]))

s = S("TR135_dagtekening_after_today_then_identificatie_used",
      "TR135 (level 4, header-only 8848) with today = 2026-11-20: a start dated 2026-11-21 is rejected; it got a "
      "retour, so its Identificatie is used (9056) when the start is resent with the right Dagtekening.",
      today="2026-11-20")
s.t("toewijzing_8001", [T8001])
s.start("start_dated_tomorrow", [S8001], "rejected", "8848", ident="ST-FUTURE", dagtekening="2026-11-21")
s.start("start_same_identificatie", [S8001], "rejected", "9056", ident="ST-FUTURE")
s.start("start_new_identificatie", [S8001])

# TR063 ---------------------------------------------------------------------------------------------------
s = S("TR063_delete_start_never_sent", "TR063: deleting (StatusAanlevering 3) a start that was never sent gets 9063.")
s.t("toewijzing_8001", [T8001])
s.start("delete_start_8001", [sp(status="3")], "rejected", r306(["9063"]))

s = S("TR063_delete_start_other_begindatum",
      "TR063: a deletion must carry the exact logical key; another Begindatum gets 9063.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_0211", [S8001])
s.start("delete_start_8001_0311", [sp(begin="2026-11-03", status="3")], "rejected", r306(["9063"]))

s = S("TR063_delete_start_twice", "TR063: a start that was already deleted cannot be deleted again (9063).")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.start("delete_start_8001", [sp(status="3")])
s.start("delete_start_8001_again", [sp(status="3")], "rejected", r306(["9063"]))

s = S("TR063_delete_stop_never_sent", "TR063: deleting a stop that was never sent gets 9063.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("delete_stop_8001", [stp(status="3")], "rejected", r308(["9063"]))

s = S("TR063_second_startproduct_deletes_unknown",
      "TR063 on the second of two StartProducten: the whole message is rejected, the first class gets 0200; "
      "nothing was stored, so the first start can be sent again.")
s.t("toewijzing_8001_8002", [T8001, T8002])
s.start("start_8001_and_delete_8002", [S8001, sp(nr="8002", code="45A05", status="3")],
        "rejected", r306([OK, "9063"]))
s.start("start_8001", [S8001])

s = S("TR063_ok_delete_existing_start", "TR063: deleting a start that was sent, with its exact key, is accepted.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.start("delete_start_8001", [sp(status="3")])

s = S("TR063_ok_delete_existing_stop", "TR063: deleting a stop that was sent, with its exact key, is accepted.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("stop_8001", [P8001])
s.stop("delete_stop_8001", [stp(status="3")])

# TR071 ---------------------------------------------------------------------------------------------------
s = S("TR071_delete_start_that_has_stop", "TR071: a start that has a (definitive) stop cannot be deleted (9071).")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("stop_8001", [P8001])
s.start("delete_start_8001", [sp(status="3")], "rejected", r306(["9071"]))

s = S("TR071_delete_start_that_has_temporary_stop", "TR071: a temporary stop (20) also blocks deleting the start.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("temporary_stop_8001", [temp("2026-11-10")])
s.start("delete_start_8001", [sp(status="3")], "rejected", r306(["9071"]))

s = S("TR071_ok_delete_start_after_its_stop_deleted",
      "TR071: first delete the stop (307 status 3), then the start can be deleted.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("stop_8001", [P8001])
s.stop("delete_stop_8001", [stp(status="3")])
s.start("delete_start_8001", [sp(status="3")])

# TR074 ---------------------------------------------------------------------------------------------------
s = S("TR074_start_key_again_after_temporary_stop",
      "TR074: after a temporary stop a new start may follow, but not with the key (Begindatum) of the old start.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_0211", [S8001])
s.stop("temporary_stop_8001", [temp("2026-11-10")])
s.start("start_8001_0211_again", [S8001], "rejected", r306(["9074"]))

s = S("TR074_taakgericht_start_sent_twice",
      "TR074: a taakgerichte start (no ToewijzingNummer; key Product + Begindatum) sent again gets 9074.")
s.start("start_taakgericht", [sp(nr=None, tingang=None)])
s.start("start_taakgericht_again", [sp(nr=None, tingang=None)], "rejected", r306(["9074"]))

s = S("TR074_ok_same_key_after_delete", "TR074/IV008: after deleting a start, its key may be sent again.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.start("delete_start_8001", [sp(status="3")])
s.start("start_8001_again", [S8001])

# TR304 ---------------------------------------------------------------------------------------------------
s = S("TR304_vow_for_toewijzing_of_other_client",
      "TR304: the VOW's Bsn differs from the Bsn of toewijzing 8001 (8187 on Client); 8001 is no actuele "
      "toewijzing of this client either (TR350, 9350 on the OngewijzigdProduct).")
s.t("toewijzing_8001_other_client", [T8001], bsn=BSN_OTHER)
s.vow("vow_8001_ongewijzigd", "REF-304-1", ongewijzigd=["8001"], nieuw=[np_()],
      outcome="rejected", codes=r318(ong=["9350"], nieuw=[OK], client="8187"))

s = S("TR304_ok_vow_for_own_toewijzing", "TR304: a VOW naming the client's own toewijzing is accepted.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_8001_ongewijzigd_nieuw_45A05", "REF-304-2", ongewijzigd=["8001"], nieuw=[np_()])

# TR326 ---------------------------------------------------------------------------------------------------
s = S("TR326_second_start_while_first_actueel",
      "TR326: a second start (other Begindatum) while the first start of 8001 is actueel gets 9326.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_0211", [S8001])
s.start("start_8001_0511", [sp(begin="2026-11-05")], "rejected", r306(["9326"]))

s = S("TR326_second_start_after_stop_deleted",
      "TR326: deleting the stop makes the first start actueel again, so a new start gets 9326.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_0211", [S8001])
s.stop("stop_8001", [P8001])
s.stop("delete_stop_8001", [stp(status="3")])
s.start("start_8001_1911", [sp(begin="2026-11-19")], "rejected", r306(["9326"]))

s = S("TR326_ok_restart_after_temporary_stop",
      "TR326/OP379: after a temporary stop a new start with a new Begindatum is accepted.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_0211", [S8001])
s.stop("temporary_stop_8001", [temp("2026-11-10")])
s.start("start_8001_1611", [sp(begin="2026-11-16")])

# TR332 ---------------------------------------------------------------------------------------------------
s = S("TR332_same_nummer_other_client", "TR332: ToewijzingNummer 8001 of gemeente 0983 again for another Bsn: 9332.")
s.t("toewijzing_8001", [T8001])
s.t("toewijzing_8001_other_client", [T8001], "rejected", r302(["9332"]), bsn=BSN_OTHER)

s = S("TR332_same_nummer_other_aanbieder", "TR332: ToewijzingNummer 8001 again for another aanbieder: 9332.")
s.t("toewijzing_8001", [T8001])
s.t("toewijzing_8001_other_aanbieder", [T8001], "rejected", r302(["9332"]), aanbieder=AGB_OTHER)

s = S("TR332_same_nummer_other_product",
      "TR332 (decision): a new version of 8001 with another Product is another toewijzing: 9332.")
s.t("toewijzing_8001", [T8001])
s.t("toewijzing_8001_product_45A05",
    [tp("8001", code="45A05", datum="2026-11-20", tijd="14:00:00", reden="14")], "rejected", r302(["9332"]))

s = S("TR332_same_nummer_other_ingangsdatum",
      "TR332 (decision): a new version of 8001 with another Ingangsdatum is another toewijzing: 9332.")
s.t("toewijzing_8001", [T8001])
s.t("toewijzing_8001_ingang_0511",
    [tp("8001", ingang="2026-11-05", datum="2026-11-20", tijd="14:00:00", reden="14")], "rejected", r302(["9332"]))

s = S("TR332_ok_new_version_and_unchanged_resend",
      "TR332: a wijziging under the same number (later Einddatum, RedenWijziging 04) and an unchanged resend of "
      "it (same Toewijzingsdatum/-tijd) are accepted.")
s.t("toewijzing_8001", [T8001])
s.t("toewijzing_8001_verlengd", [tp("8001", eind="2027-06-30", datum="2026-11-20", tijd="14:00:00", reden="04")])
s.t("toewijzing_8001_verlengd_resend",
    [tp("8001", eind="2027-06-30", datum="2026-11-20", tijd="14:00:00", reden="04")], dagtekening="2026-11-21")

s = S("TR332_ok_same_nummer_other_gemeente",
      "TR332: the number is unique per gemeente; gemeente 0984 may use 8001 for another client.")
s.t("toewijzing_8001_gemeente_0983", [T8001])
s.t("toewijzing_8001_gemeente_0984_other_client", [T8001], bsn=BSN_OTHER, gemeente="0984")

# TR347 ---------------------------------------------------------------------------------------------------
s = S("TR347_vot_reference_reused_for_other_client",
      "TR347: the aanbieder reuses a ReferentieAanbieder of an earlier accepted VOT: 9347 on AangevraagdProduct.")
s.vot("vot_other_client_ref_a", [ap("REF-347-A")], bsn=BSN_OTHER)
s.vot("vot_ref_a", [ap("REF-347-A")], "rejected", r316(["9347"]))

s = S("TR347_vow_reuses_vot_reference",
      "TR347: a VOW whose ReferentieAanbieder was used by an honoured VOT gets 9347 on Verzoek.")
s.vot("vot_ref_a_45A04", [ap("REF-347-B")])
s.t("toewijzing_8001_honours_ref_a", [tp("8001", ingang="2026-12-01", eind="2027-05-31", ref="REF-347-B")])
s.vow("vow_ref_a", "REF-347-B", ongewijzigd=["8001"], nieuw=[np_()],
      outcome="rejected", codes=r318(ong=[OK], nieuw=[OK], verzoek="9347"))

s = S("TR347_ok_same_reference_other_aanbieder",
      "TR347 is per aanbieder (and TR374 too): another aanbieder may use the same reference for this client.")
s.vot("vot_aanbieder_b_ref", [ap("REF-347-C")], aanbieder=AGB_OTHER)
s.vot("vot_aanbieder_a_same_ref", [ap("REF-347-C")])

# TR349 ---------------------------------------------------------------------------------------------------
s = S("TR349_actuele_toewijzing_missing",
      "TR349: toewijzing 8002 is actueel but in neither OngewijzigdProduct nor TeWijzigenProduct: 9349 on Verzoek.")
s.t("toewijzing_8001_8002", [T8001, T8002])
s.vow("vow_only_8001", "REF-349-1", tewijzigen=[tw("8001", "2026-11-01")],
      outcome="rejected", codes=r318(tew=[OK], verzoek="9349"))

s = S("TR349_toewijzing_ending_on_dagtekening_missing",
      "TR349: 8002 ends on the VOW's Dagtekening (2026-11-20), so it is still actueel and must be listed: 9349.")
s.t("toewijzing_8001_8002", [T8001, tp("8002", code="45A05", ingang="2026-06-01", eind="2026-11-20",
                                        omvang=("2", "04", "2"), datum="2026-05-20")])
s.vow("vow_only_8001", "REF-349-2", tewijzigen=[tw("8001", "2026-11-01")],
      outcome="rejected", codes=r318(tew=[OK], verzoek="9349"))

s = S("TR349_future_toewijzing_missing",
      "TR349: a toewijzing that starts in the future (8002 from 2027-01-01) is actueel and must be listed: 9349.")
s.t("toewijzing_8001_8002_future", [T8001, T8002_FUTURE])
s.vow("vow_only_8001", "REF-349-3", tewijzigen=[tw("8001", "2026-11-01")],
      outcome="rejected", codes=r318(tew=[OK], verzoek="9349"))

s = S("TR349_ok_all_actuele_listed", "TR349: 8002 unchanged and 8001 to change: every actuele toewijzing listed.")
s.t("toewijzing_8001_8002", [T8001, T8002])
s.vow("vow_8002_ongewijzigd_8001_tewijzigen", "REF-349-4", ongewijzigd=["8002"], tewijzigen=[tw("8001", "2026-11-01")])

s = S("TR349_ok_ended_and_verwijderd_not_listed",
      "TR349: an ended toewijzing (8002) and a verwijderde one (8003, RedenWijziging 13) need not be listed.")
s.t("toewijzing_8001_8002_8003",
    [T8001, T8002_ENDED, tp("8003", code="45A05", ingang="2026-12-01", eind="2027-05-31", omvang=("2", "04", "2"))])
s.t("toewijzing_8003_verwijderd",
    [T8001, tp("8003", code="45A05", ingang="2026-12-01", eind="2026-12-01", omvang=("2", "04", "2"),
               datum="2026-11-20", tijd="09:00:00", reden="13")])
s.vow("vow_only_8001", "REF-349-5", tewijzigen=[tw("8001", "2026-11-01")])

# TR350 ---------------------------------------------------------------------------------------------------
s = S("TR350_ongewijzigd_ended_toewijzing",
      "TR350: OngewijzigdProduct 8002 ended before the VOW's Dagtekening: 9350 on that class only.")
s.t("toewijzing_8001_8002_ended", [T8001, T8002_ENDED])
s.vow("vow_8001_8002_ongewijzigd", "REF-350-1", ongewijzigd=["8001", "8002"], nieuw=[np_()],
      outcome="rejected", codes=r318(ong=[OK, "9350"], nieuw=[OK]))

s = S("TR350_ongewijzigd_verwijderde_toewijzing",
      "TR350: OngewijzigdProduct 8002 was verwijderd (RedenWijziging 13): not actueel, 9350.")
s.t("toewijzing_8001_8002", [T8001, tp("8002", code="45A05", ingang="2026-12-01", eind="2027-05-31",
                                        omvang=("2", "04", "2"))])
s.t("toewijzing_8002_verwijderd", [T8001, tp("8002", code="45A05", ingang="2026-12-01", eind="2026-12-01",
                                              omvang=("2", "04", "2"), datum="2026-11-20", tijd="09:00:00",
                                              reden="13")])
s.vow("vow_8001_8002_ongewijzigd", "REF-350-2", ongewijzigd=["8001", "8002"],
      nieuw=[np_(gewenst="2027-06-01", eind="2027-11-30")],
      outcome="rejected", codes=r318(ong=[OK, "9350"], nieuw=[OK]))

s = S("TR350_ok_ongewijzigd_future_toewijzing",
      "TR350: a toewijzing starting in the future (8002) is actueel and may be OngewijzigdProduct.")
s.t("toewijzing_8001_8002_future", [T8001, T8002_FUTURE])
s.vow("vow_8002_ongewijzigd", "REF-350-3", ongewijzigd=["8002"], tewijzigen=[tw("8001", "2026-11-01")])

# TR351 ---------------------------------------------------------------------------------------------------
s = S("TR351_tewijzigen_ended_toewijzing",
      "TR351: TeWijzigenProduct 8002 ended before the VOW's Dagtekening: 9351 on that class.")
s.t("toewijzing_8001_8002_ended", [T8001, T8002_ENDED])
s.vow("vow_8002_tewijzigen", "REF-351-1", ongewijzigd=["8001"],
      tewijzigen=[tw("8002", "2026-06-01", eind="2027-03-31", omvang=("2", "04", "2"))],
      outcome="rejected", codes=r318(ong=[OK], tew=["9351"]))

s = S("TR351_ok_tewijzigen_actuele_toewijzingen", "TR351: both actuele toewijzingen as TeWijzigenProduct.")
s.t("toewijzing_8001_8002", [T8001, T8002])
s.vow("vow_8001_8002_tewijzigen", "REF-351-2",
      tewijzigen=[tw("8001", "2026-11-01"), tw("8002", "2026-11-01", omvang=("2", "04", "2"))])

# TR357 ---------------------------------------------------------------------------------------------------
s = S("TR357_past_gewenste_ingangsdatum_not_original",
      "TR357: GewensteIngangsdatum 2026-11-10 lies before the Dagtekening and is not the Ingangsdatum "
      "(2026-11-01): 9357.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_8001_from_1011", "REF-357-1", tewijzigen=[tw("8001", "2026-11-10")],
      outcome="rejected", codes=r318(tew=["9357"]))

s = S("TR357_gewenste_ingangsdatum_on_dagtekening_not_original",
      "TR357: GewensteIngangsdatum equal to the Dagtekening counts too ('kleiner dan of gelijk'): 9357.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_8001_from_2011", "REF-357-2", tewijzigen=[tw("8001", "2026-11-20")],
      outcome="rejected", codes=r318(tew=["9357"]))

s = S("TR357_ok_future_gewenste_ingangsdatum", "TR357: a GewensteIngangsdatum after the Dagtekening is free.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_8001_from_0112", "REF-357-3", tewijzigen=[tw("8001", "2026-12-01")])

# TR361 ---------------------------------------------------------------------------------------------------
s = S("TR361_ongewijzigd_and_nieuw_overlap",
      "TR361: NieuwProduct 45A04 from 2026-12-01 overlaps OngewijzigdProduct 8001 (45A04 until 2027-04-30): "
      "9361 on both classes.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_nieuw_45A04_overlapping", "REF-361-1", ongewijzigd=["8001"], nieuw=[np_(code="45A04")],
      outcome="rejected", codes=r318(ong=["9361"], nieuw=["9361"]))

s = S("TR361_tewijzigen_and_nieuw_overlap",
      "TR361: TeWijzigenProduct 8001 extended to 2027-06-30 overlaps NieuwProduct 45A04 from 2027-05-01: 9361 on "
      "both.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_tewijzigen_and_nieuw_overlapping", "REF-361-2", tewijzigen=[tw("8001", "2026-11-01")],
      nieuw=[np_(code="45A04", gewenst="2027-05-01", eind="2027-10-31")],
      outcome="rejected", codes=r318(tew=["9361"], nieuw=["9361"]))

s = S("TR361_ok_nieuw_after_ongewijzigd",
      "TR361: NieuwProduct 45A04 from the day after 8001 ends (2027-05-01) does not overlap.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_nieuw_45A04_after", "REF-361-3", ongewijzigd=["8001"],
      nieuw=[np_(code="45A04", gewenst="2027-05-01", eind="2027-10-31")])

# TR373 ---------------------------------------------------------------------------------------------------
s = S("TR373_total_omvang_changed_from_later_date",
      "TR373: the Omvang with Frequentie 6 (totaal) changes, so GewensteIngangsdatum must be the Ingangsdatum: "
      "9373.")
s.t("toewijzing_8001_40_uur_totaal", [tp("8001", omvang=("40", "04", "6"))])
s.vow("vow_8001_50_uur_from_0112", "REF-373-1",
      tewijzigen=[tw("8001", "2026-12-01", eind="2027-04-30", omvang=("50", "04", "6"))],
      outcome="rejected", codes=r318(tew=["9373"]))

s = S("TR373_budget_changed_from_later_date",
      "TR373: the Budget of aspecifieke toewijzing 8003 changes from 2026-12-01, not from its Ingangsdatum: 9373.")
s.t("toewijzing_8003_budget", [T8003_ASPECIFIEK])
s.vow("vow_8003_budget_from_0112", "REF-373-2",
      tewijzigen=[tw("8003", "2026-12-01", eind="2027-04-30", omvang=None, budget="600000")],
      outcome="rejected", codes=r318(tew=["9373"]))

s = S("TR373_ok_budget_changed_from_ingangsdatum",
      "TR373: a Budget change with GewensteIngangsdatum equal to the Ingangsdatum is accepted.")
s.t("toewijzing_8003_budget", [T8003_ASPECIFIEK])
s.vow("vow_8003_budget_from_0111", "REF-373-3",
      tewijzigen=[tw("8003", "2026-11-01", eind="2027-04-30", omvang=None, budget="600000")])

s = S("TR373_ok_weekly_omvang_changed_from_later_date",
      "TR373 concerns Budget and Frequentie 6 only: a weekly Omvang may change from a later date.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_8001_4_uur_from_0112", "REF-373-4",
      tewijzigen=[tw("8001", "2026-12-01", eind="2027-04-30", omvang=("4", "04", "2"))])

# TR374 ---------------------------------------------------------------------------------------------------
s = S("TR374_vot_while_vot_onderhanden",
      "TR374: a second VOT while the first is onderhanden (no JW301 carries its reference): 9374 on Client.")
s.vot("vot_ref_1", [ap("REF-374-1")])
s.vot("vot_ref_2", [ap("REF-374-2", code="45A05")], "rejected", r316([OK], client="9374"))

s = S("TR374_vow_while_vot_onderhanden", "TR374: a VOW while a VOT is onderhanden: 9374 on Verzoek.")
s.t("toewijzing_8001", [T8001])
s.vot("vot_ref_1_45A05", [ap("REF-374-3", code="45A05")])
s.vow("vow_ref_2", "REF-374-4", ongewijzigd=["8001"], nieuw=[np_()],
      outcome="rejected", codes=r318(ong=[OK], nieuw=[OK], verzoek="9374"))

s = S("TR374_vow_while_vow_onderhanden", "TR374: a second VOW while the first is onderhanden: 9374 on Verzoek.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_ref_1", "REF-374-5", ongewijzigd=["8001"], nieuw=[np_()])
s.vow("vow_ref_2", "REF-374-6", ongewijzigd=["8001"], nieuw=[np_(gewenst="2027-01-01")],
      outcome="rejected", codes=r318(ong=[OK], nieuw=[OK], verzoek="9374"))

s = S("TR374_vot_partly_honoured_still_onderhanden",
      "TR374: a VOT with two AangevraagdProducten stays onderhanden until both references are honoured.")
s.vot("vot_ref_1_and_2", [ap("REF-374-7"), ap("REF-374-8", code="45A05")])
s.t("toewijzing_8001_honours_ref_1", [tp("8001", ingang="2026-12-01", eind="2027-05-31", ref="REF-374-7")])
s.vot("vot_ref_3", [ap("REF-374-9", ingang="2027-06-01", eind="2027-11-30")], "rejected", r316([OK], client="9374"))

s = S("TR374_ok_vot_after_vot_honoured",
      "TR374: once every reference of the VOT is honoured by a JW301, a new VOT is accepted.")
s.vot("vot_ref_1_and_2", [ap("REF-374-A"), ap("REF-374-B", code="45A05")])
s.t("toewijzing_8001_8002_honour_both",
    [tp("8001", ingang="2026-12-01", eind="2027-05-31", ref="REF-374-A"),
     tp("8002", code="45A05", ingang="2026-12-01", eind="2027-05-31", ref="REF-374-B")])
s.vot("vot_ref_3", [ap("REF-374-C", ingang="2027-06-01", eind="2027-11-30")])

s = S("TR374_ok_vot_after_vow_honoured",
      "TR374: a VOW honoured by a JW301 carrying its reference is closed; a new VOT is accepted.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_ref_1", "REF-374-D", ongewijzigd=["8001"], nieuw=[np_()])
s.t("toewijzing_8002_honours_vow",
    [tp("8002", code="45A05", ingang="2026-12-01", eind="2027-05-31", omvang=("2", "04", "2"),
        datum="2026-11-20", tijd="11:00:00", ref="REF-374-D")])
s.vot("vot_ref_2", [ap("REF-374-E", ingang="2027-05-01", eind="2027-10-31")])

s = S("TR374_ok_other_client_onderhanden",
      "TR374 is per client: an onderhanden VOT of another client does not block this one.")
s.vot("vot_other_client", [ap("REF-374-F")], bsn=BSN_OTHER)
s.vot("vot_this_client", [ap("REF-374-G")])

# TR375 ---------------------------------------------------------------------------------------------------
s = S("TR375_generiek_tewijzigen_with_omvang",
      "TR375 and TR412: toewijzing 8004 is generiek (no Product), the TeWijzigenProduct has an Omvang: 9375 and "
      "9412 on that class (order not fixed, see unordered_codes).", unordered_codes=True)
s.t("toewijzing_8004_generiek", [T8004_GENERIEK])
s.vow("vow_8004_with_omvang", "REF-375-1",
      tewijzigen=[tw("8004", "2026-11-01", eind="2027-04-30", omvang=("10", "04", "4"))],
      outcome="rejected", codes=r318(tew=["9375", "9412"]))

s = S("TR375_ok_generiek_tewijzigen_budget_only",
      "TR375: a generieke toewijzing changed by Budget only (from its Ingangsdatum) is accepted.")
s.t("toewijzing_8004_generiek", [T8004_GENERIEK])
s.vow("vow_8004_budget", "REF-375-2", tewijzigen=[tw("8004", "2026-11-01", eind="2027-04-30", omvang=None,
                                                     budget="600000")])

# TR379 ---------------------------------------------------------------------------------------------------
s = S("TR379_reference_without_verzoek",
      "TR379: a ReferentieAanbieder no VOT/VOW carried: 9379 (JW302 with a Relatie: its Contact and itself 0200).")
s.t("toewijzing_8001_unknown_ref", [tp("8001", ref="REF-379-X")], "rejected", r302(["9379"], relatie=True),
    relatie=True)

s = S("TR379_reference_of_other_client", "TR379: the reference belongs to a VOT of another client: 9379.")
s.vot("vot_other_client", [ap("REF-379-1")], bsn=BSN_OTHER)
s.t("toewijzing_8001_with_that_ref", [tp("8001", ingang="2026-12-01", eind="2027-05-31", ref="REF-379-1")],
    "rejected", r302(["9379"]))

s = S("TR379_reference_of_other_aanbieder", "TR379: the reference belongs to a VOT of another aanbieder: 9379.")
s.vot("vot_aanbieder_b", [ap("REF-379-2")], aanbieder=AGB_OTHER)
s.t("toewijzing_8001_to_aanbieder_a", [tp("8001", ingang="2026-12-01", eind="2027-05-31", ref="REF-379-2")],
    "rejected", r302(["9379"]))

s = S("TR379_reference_of_rejected_vot",
      "TR379: only accepted verzoeken count; the second VOT was rejected (TR374), so its reference gets 9379.")
s.vot("vot_ref_1", [ap("REF-379-3")])
s.vot("vot_ref_2_rejected", [ap("REF-379-4", code="45A05")], "rejected", r316([OK], client="9374"))
s.t("toewijzing_8002_ref_2", [tp("8002", code="45A05", ingang="2026-12-01", eind="2027-05-31", ref="REF-379-4")],
    "rejected", r302(["9379"]))

s = S("TR379_ok_reference_of_vot", "TR379: a JW301 honouring the VOT with its ReferentieAanbieder is accepted.")
s.vot("vot_ref_1", [ap("REF-379-5")])
s.t("toewijzing_8001_honours_vot", [tp("8001", ingang="2026-12-01", eind="2027-05-31", ref="REF-379-5")],
    relatie=True)

# TR382 ---------------------------------------------------------------------------------------------------
s = S("TR382_stop_without_start", "TR382: a stop without any start gets 9069.")
s.t("toewijzing_8001", [T8001])
s.stop("stop_8001", [P8001], "rejected", r308(["9069"]))

s = S("TR382_stop_begindatum_differs_from_start",
      "TR382: the stop must carry the start's key; Begindatum 2026-11-03 instead of 2026-11-02: 9069.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_0211", [S8001])
s.stop("stop_8001_begin_0311", [stp(begin="2026-11-03")], "rejected", r308(["9069"]))

s = S("TR382_stop_after_start_deleted", "TR382: a deleted start cannot be stopped: 9069.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.start("delete_start_8001", [sp(status="3")])
s.stop("stop_8001", [P8001], "rejected", r308(["9069"]))

s = S("TR382_ok_stop_after_start", "TR382: a stop with the start's key is accepted.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("stop_8001", [P8001])

# TR411 ---------------------------------------------------------------------------------------------------
s = S("TR411_tewijzigen_specifiek_without_omvang",
      "TR411: toewijzing 8001 has a ProductCode, so its TeWijzigenProduct needs an Omvang: 9411.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_8001_without_omvang", "REF-411-1", tewijzigen=[tw("8001", "2026-11-01", omvang=None)],
      outcome="rejected", codes=r318(tew=["9411"]))

s = S("TR411_ok_tewijzigen_specifiek_with_omvang", "TR411: the same VOW with an Omvang is accepted.")
s.t("toewijzing_8001", [T8001])
s.vow("vow_8001_with_omvang", "REF-411-2", tewijzigen=[tw("8001", "2026-11-01")])

# TR412 ---------------------------------------------------------------------------------------------------
s = S("TR412_aspecifiek_tewijzigen_with_omvang",
      "TR412: toewijzing 8003 has no ProductCode (Categorie only), so its TeWijzigenProduct takes no Omvang: 9412.")
s.t("toewijzing_8003_aspecifiek", [T8003_ASPECIFIEK])
s.vow("vow_8003_with_omvang", "REF-412-1",
      tewijzigen=[tw("8003", "2026-11-01", eind="2027-04-30", omvang=("10", "04", "4"))],
      outcome="rejected", codes=r318(tew=["9412"]))

s = S("TR412_ok_aspecifiek_tewijzigen_budget_only", "TR412: the aspecifieke toewijzing changed by Budget only.")
s.t("toewijzing_8003_aspecifiek", [T8003_ASPECIFIEK])
s.vow("vow_8003_budget", "REF-412-2", tewijzigen=[tw("8003", "2026-11-01", eind="2027-04-30", omvang=None,
                                                     budget="600000")])

# TR413 ---------------------------------------------------------------------------------------------------
s = S("TR413_second_temporary_stop", "TR413: a second temporary stop (20) on the same start: 9413.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("temporary_stop_1011", [temp("2026-11-10")])
s.stop("temporary_stop_1211", [temp("2026-11-12")], "rejected", r308(["9413"]))

s = S("TR413_ok_definitive_after_temporary_same_einddatum",
      "TR413/OP377: a definitive stop may follow a temporary one on the same start, even with the same Einddatum.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("temporary_stop_1011", [temp("2026-11-10")])
s.stop("definitive_stop_1011", [stp(eind="2026-11-10")])

s = S("TR413_ok_temporary_stop_of_restarted_delivery",
      "TR413: after a temporary stop and a restart, the new start (other Begindatum) may be stopped temporarily.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_0211", [S8001])
s.stop("temporary_stop_0611", [temp("2026-11-06")])
s.start("start_8001_0911", [sp(begin="2026-11-09")])
s.stop("temporary_stop_1211", [temp("2026-11-12", begin="2026-11-09")])

# TR414 ---------------------------------------------------------------------------------------------------
s = S("TR414_einddatum_before_temporary_stop",
      "TR414: the definitive stop's Einddatum (2026-11-12) lies before the temporary stop's (2026-11-15): 9414.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("temporary_stop_1511", [temp("2026-11-15")])
s.stop("definitive_stop_1211", [stp(eind="2026-11-12")], "rejected", r308(["9414"]))

s = S("TR414_ok_einddatum_after_temporary_stop", "TR414: a later Einddatum than the temporary stop's is accepted.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("temporary_stop_1511", [temp("2026-11-15")])
s.stop("definitive_stop_1811", [stp(eind="2026-11-18")])

# TR415 ---------------------------------------------------------------------------------------------------
s = S("TR415_stop_after_definitive_stop", "TR415: after a definitive stop the start takes no further stop: 9415.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("definitive_stop_1511", [stp(eind="2026-11-15")])
s.stop("definitive_stop_1811_reden_33", [stp(reden="33", eind="2026-11-18")], "rejected", r308(["9415"]))

s = S("TR415_temporary_stop_after_definitive_stop", "TR415: not even a temporary stop after a definitive one: 9415.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("definitive_stop_1511", [stp(eind="2026-11-15")])
s.stop("temporary_stop_1811", [temp("2026-11-18")], "rejected", r308(["9415"]))

s = S("TR415_ok_definitive_stop_of_restarted_delivery",
      "TR415: a definitive stop on the first start does not block a definitive stop on a later start.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_0211", [S8001])
s.stop("definitive_stop_0611", [stp(eind="2026-11-06")])
s.start("start_8001_0911", [sp(begin="2026-11-09")])
s.stop("definitive_stop_1811", [stp(begin="2026-11-09", eind="2026-11-18")])

# Lifecycles ----------------------------------------------------------------------------------------------
s = S("lifecycle_vot_toewijzing_start_vow_new_version_stop",
      "VOT -> JW301 honouring it -> start -> VOW (Einddatum later) -> new version of 8001 (RedenWijziging 12, the "
      "VOW's reference) -> definitive stop.")
s.vot("vot_45A04", [ap("REF-LC-1", ingang="2026-11-01", eind="2027-04-30")], dagtekening="2026-10-20")
s.t("toewijzing_8001_honours_vot",
    [tp("8001", datum="2026-10-24", tijd="10:00:00", ref="REF-LC-1")], dagtekening="2026-10-24")
s.start("start_8001", [S8001], dagtekening="2026-11-05")
s.vow("vow_8001_until_3006", "REF-LC-2", tewijzigen=[tw("8001", "2026-12-01", eind="2027-06-30")],
      dagtekening="2026-11-20")
s.t("toewijzing_8001_version_2",
    [tp("8001", eind="2027-06-30", datum="2026-11-21", tijd="09:30:00", reden="12", ref="REF-LC-2")],
    dagtekening="2026-11-21")
s.stop("stop_8001", [stp(eind="2026-11-25")], dagtekening="2026-11-26")

s = S("lifecycle_correct_start_by_delete_and_readd",
      "Correction of a start: 305, 305 status 3, 305 status 1 with the corrected Begindatum; the stop then "
      "carries the corrected key.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_wrong_0311", [sp(begin="2026-11-03")])
s.start("delete_start_8001_0311", [sp(begin="2026-11-03", status="3")])
s.start("start_8001_corrected_0211", [S8001])
s.stop("stop_8001_0211", [P8001])

s = S("lifecycle_correct_start_in_one_message",
      "IV008: delete and re-add with a different key in one JW305; the deletion is applied first (no TR326).")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_wrong_0311", [sp(begin="2026-11-03")])
s.start("delete_0311_and_start_0211", [sp(begin="2026-11-03", status="3"), S8001])
s.stop("stop_8001_0211", [P8001])

s = S("lifecycle_correct_stop_by_delete_and_readd",
      "Correction of a stop: 307, 307 status 3, 307 status 1 with the corrected Einddatum.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.stop("stop_8001_wrong_1511", [stp(eind="2026-11-15")])
s.stop("delete_stop_8001_1511", [stp(eind="2026-11-15", status="3")])
s.stop("stop_8001_corrected_1811", [stp(eind="2026-11-18")])

s = S("lifecycle_temporary_stop_definitive_stop_restart",
      "Temporary stop, definitive stop (same Einddatum), restart with a new Begindatum, temporary stop of it.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_0211", [S8001])
s.stop("temporary_stop_0611", [temp("2026-11-06")])
s.stop("definitive_stop_0611", [stp(eind="2026-11-06")])
s.start("restart_8001_1611", [sp(begin="2026-11-16")])
s.stop("temporary_stop_of_restart", [temp("2026-11-20", begin="2026-11-16")])

s = S("lifecycle_rejected_start_stores_nothing",
      "A JW305 rejected for its second StartProduct (TR019) stores nothing: its corrected resend with a new "
      "Identificatie, holding the first StartProduct again, is accepted.")
s.t("toewijzing_8001", [T8001])
s.start("start_8001_and_8002", [S8001, sp(nr="8002", code="45A05")], "rejected", r306([OK, "9019"]))
s.start("start_8001_corrected_resend", [S8001])
s.stop("stop_8001", [P8001])

s = S("lifecycle_rejected_toewijzing_stores_nothing",
      "A JW301 rejected for one ToegewezenProduct (TR332 on 8002) stores nothing, not even the correct 8001: a "
      "start for 8001 gets 9019 until 8001 is sent again.")
s.t("toewijzing_8002_other_client", [T8002], bsn=BSN_OTHER)
s.t("toewijzing_8001_8002", [T8001, T8002], "rejected", r302([OK, "9332"]))
s.start("start_8001_too_early", [S8001], "rejected", r306(["9019"]))
s.t("toewijzing_8001_resend", [T8001])
s.start("start_8001", [S8001])

s = S("lifecycle_rejected_vot_stores_nothing",
      "A JW315 rejected for one AangevraagdProduct (TR347) stores nothing: the other reference is still unused "
      "and the verzoek is not onderhanden.")
s.vot("vot_other_client_ref_x", [ap("REF-LC-X")], bsn=BSN_OTHER)
s.vot("vot_ref_a_and_x", [ap("REF-LC-A"), ap("REF-LC-X", code="45A05")], "rejected", r316([OK, "9347"]))
s.vot("vot_ref_a_resend", [ap("REF-LC-A")])

s = S("lifecycle_idempotent_resend_jw301",
      "The same JW301 bytes twice give the same line twice; the toewijzing is then started normally.")
first = s.t("toewijzing_8001", [T8001])
s.copy("toewijzing_8001_same_bytes", first)
s.start("start_8001", [S8001])

s = S("lifecycle_toewijzing_version_by_datum_not_arrival",
      "IV013: the current version is the latest Toewijzingsdatum/-tijd, not the last received. An older version "
      "of 8002 (ended 2026-11-10) arrives later; 8002 stays actueel, so the VOW may list it as ongewijzigd.")
s.t("toewijzing_8001_8002", [T8001, T8002])
s.t("toewijzing_8002_older_version",
    [tp("8002", code="45A05", omvang=("2", "04", "2"), eind="2026-11-10", datum="2026-11-10", tijd="08:00:00",
        reden="05")])
s.vow("vow_8002_ongewijzigd", "REF-LC-4", ongewijzigd=["8002"], tewijzigen=[tw("8001", "2026-11-01")])


# Decided rules (docs/decisions.md D-304) --------------------------------------------------------------
s = S("TR385_decided_deletion_accepted_without_declaration_data",
      "D-304: TR385 is not evaluated (declarations are not ingested), so deleting a started toewijzing "
      "(RedenWijziging 13, Einddatum = Ingangsdatum) is accepted; a stop on it then fails TR019 (D-309).")
s.t("toewijzing_8001", [T8001])
s.start("start_8001", [S8001])
s.t("toewijzing_8001_verwijderd",
    [tp("8001", eind="2026-11-01", datum="2026-11-20", tijd="09:00:00", reden="13")])
s.stop("stop_8001_after_deletion", [stp()], "rejected", r306(["9019"]))

s = S("TR374_decided_vot_onderhanden_until_honoured",
      "D-304: without JW319 a VOT stays onderhanden until a JW301 carries its reference; after that a new "
      "VOT is accepted.")
s.vot("vot_ref_1", [ap("REF-D304-1")])
s.vot("vot_ref_2_too_early", [ap("REF-D304-2", code="45A05")], "rejected", r316([OK], client="9374"))
s.t("toewijzing_honouring_ref_1", [tp("8001", ingang="2026-12-01", eind="2027-05-31", ref="REF-D304-1")])
s.vot("vot_ref_3", [ap("REF-D304-3", code="45A05")])

# Regional policy (issue 7; docs/decisions.md D-401..D-412) ------------------------------------------------
# Against the shipped regions/noord-limburg.json: numbered from 400 (the policy's decision range), so they
# stay apart from the standard's scenarios. Segment 3/4 codes of the 2022 catalogue are valid until
# 2025-12-31 (D-404), so these toewijzingen lie in 2025 and carry a Dagtekening on their Ingangsdatum (no
# NL-TERUGWERKEND); segment 2 and dyslexie run to 2028. The fourth column of `expected` lists the policy
# findings ("!" = severity block).
NL = "regions/noord-limburg.json"
POLICY_COUNT = [0]


class P(S):
    def __init__(self, name, readme, **kw):
        self.number = 400 + POLICY_COUNT[0]
        POLICY_COUNT[0] += 1
        Scenario.__init__(self, f"{self.number:03d}_{name}", readme, region=NL, **kw)
        SCENARIOS.append(self)


def tp25(nr, code, ingang, eind, cat=None):
    return tp(nr, ingang=ingang, eind=eind, cat=cat or code[:2], code=code, datum=ingang)


GGZ_AANBIEDER = "65656055"   # contracted for GGZ and dyslexie (regions/noord-limburg.json)
MICRO_AANBIEDER = AGB_OTHER  # 87654321: Perspectief 1 and 2 only

s = P("policy_ok_contracted_product", "A contracted product in its period: accepted, no policy findings.")
s.t("toewijzing_45L11", [tp25("8001", "45L11", "2025-03-01", "2025-08-31")], dagtekening="2025-03-01",
    policy="")

s = P("policy_TR381_S329_unknown_product_code",
      "TR381: a ProductCode not in the region's catalogue is S329 on the ToegewezenProduct (rejected).")
s.t("toewijzing_45X99", [tp25("8001", "45X99", "2025-03-01", "2025-08-31", cat="45")], "rejected",
    r302(["S329"]), dagtekening="2025-03-01", policy="")

s = P("policy_TR381_S329_code_after_its_period",
      "TR381, D-404: 45L11 is valid to 2025-12-31; from 2026-01-01 it is S329.")
s.t("toewijzing_45L11_2026", [tp25("8001", "45L11", "2026-01-01", "2026-06-30")], "rejected", r302(["S329"]),
    dagtekening="2026-01-01", policy="")

s = P("policy_TR378_S300_gemeente_not_served",
      "TR378, D-402: a gemeente outside Noord-Limburg (Roermond 0957) gets S300 on the Header.")
s.t("toewijzing_from_roermond", [tp25("8001", "45L11", "2025-03-01", "2025-08-31")], "rejected", "S300",
    dagtekening="2025-03-01", gemeente="0957", policy="")

s = P("policy_contract_block_stops_jw301",
      "NL-CONTRACT (block, D-409, D-410): a JW301 for a product outside the aanbieder's contract is stopped: "
      "recorded, not stored as toewijzing, so the start on it then fails TR019 (9019).")
s.t("toewijzing_54L02_to_micro", [tp25("8001", "54L02", "2025-03-01", "2025-08-31")], "blocked", "",
    dagtekening="2025-03-01", aanbieder=MICRO_AANBIEDER, policy="NL-CONTRACT!")
s.start("start_8001", [sp(nr="8001", begin="2025-03-03", cat="54", code="54L02", tingang="2025-03-01")],
        "rejected", r306(["9019"]), dagtekening="2025-03-03", aanbieder=MICRO_AANBIEDER, policy="")

s = P("policy_contract_signal_never_rejects_jw315",
      "D-409: the same finding on an aanbieder's JW315 travels with the message; the retour stays accepted.")
s.vot("vot_54L02_from_micro", [ap("REF-P-1", ingang="2025-04-01", eind="2025-09-30", cat="54", code="54L02")],
      dagtekening="2025-03-01", aanbieder=MICRO_AANBIEDER, policy="NL-CONTRACT!")

s = P("policy_stapel_rood_gezinshuis_logeren",
      "NL-STAPEL-ROOD (signal, D-410): logeren while a gezinshuis toewijzing runs "
      "(../shared/seeds/002_4d6f3bba8cd51930.txt:4354-4358).")
s.t("toewijzing_gezinshuis", [tp25("7001", "44A08", "2025-01-01", "2025-12-31")], dagtekening="2025-01-01",
    policy="")
s.t("toewijzing_logeren", [tp25("8001", "44A90", "2025-03-01", "2025-08-31")], dagtekening="2025-03-01",
    policy="NL-STAPEL-ROOD")

s = P("policy_stapel_ok_after_the_gezinshuis_ended",
      "NL-STAPEL-ROOD passes when the gezinshuis toewijzing ended the day before logeren starts.")
s.t("toewijzing_gezinshuis", [tp25("7001", "44A08", "2025-01-01", "2025-02-28")], dagtekening="2025-01-01",
    policy="")
s.t("toewijzing_logeren", [tp25("8001", "44A90", "2025-03-01", "2025-08-31")], dagtekening="2025-03-01",
    policy="")

s = P("policy_leeftijd_dyslexie_day_before_13th_birthday",
      "D-406: dyslexie starts before the 13th birthday (client born 2014-06-12): 2027-06-11 passes.")
s.t("toewijzing_54L50", [tp("8001", ingang="2027-06-11", eind="2027-12-31", cat="54", code="54L50")],
    aanbieder=GGZ_AANBIEDER, policy="")

s = P("policy_leeftijd_dyslexie_on_13th_birthday",
      "D-406: dyslexie starting on the 13th birthday (2027-06-12) is NL-LEEFTIJD.")
s.t("toewijzing_54L50", [tp("8001", ingang="2027-06-12", eind="2027-12-31", cat="54", code="54L50")],
    aanbieder=GGZ_AANBIEDER, policy="NL-LEEFTIJD")

GARANTIE_ENDED = tp25("7001", "54L50", "2025-01-01", "2025-08-31")  # garantiefase up to 2026-02-28 (D-405)

s = P("policy_garantiefase_jw315_last_day_inside",
      "D-401, D-403: dyslexie diagnostiek ended 2025-08-31; a JW315 of the same aanbieder in segment 4 dated "
      "2026-02-28 (the last day of the 6 months) is a garantiefase case.")
s.t("toewijzing_54L50_ended", [GARANTIE_ENDED], dagtekening="2025-01-01", aanbieder=GGZ_AANBIEDER, policy="")
s.vot("vot_54L51", [ap("REF-P-2", ingang="2026-03-02", eind="2026-12-31", cat="54", code="54L51")],
      dagtekening="2026-02-28", aanbieder=GGZ_AANBIEDER, policy="NL-GARANTIEFASE")

s = P("policy_garantiefase_jw315_first_day_outside",
      "D-401: the same JW315 dated 2026-03-01, the first day after the garantiefase, is no case.")
s.t("toewijzing_54L50_ended", [GARANTIE_ENDED], dagtekening="2025-01-01", aanbieder=GGZ_AANBIEDER, policy="")
s.vot("vot_54L51", [ap("REF-P-3", ingang="2026-03-02", eind="2026-12-31", cat="54", code="54L51")],
      dagtekening="2026-03-01", aanbieder=GGZ_AANBIEDER, policy="")

s = P("policy_garantiefase_nieuw_jw301_inside",
      "D-401: a JW301 opening a new toewijzing in the garantiefase is NL-GARANTIEFASE-NIEUW (signal).")
s.t("toewijzing_54L50_ended", [GARANTIE_ENDED], dagtekening="2025-01-01", aanbieder=GGZ_AANBIEDER, policy="")
s.t("toewijzing_54L51_new", [tp25("8001", "54L51", "2026-02-28", "2026-12-31")], dagtekening="2026-02-28",
    aanbieder=GGZ_AANBIEDER, policy="NL-GARANTIEFASE-NIEUW")

s = P("policy_garantiefase_extension_is_no_finding",
      "D-401: extending the ended toewijzing's Einddatum with a new version (the advised route) has no finding.")
s.t("toewijzing_54L50_ended", [GARANTIE_ENDED], dagtekening="2025-01-01", aanbieder=GGZ_AANBIEDER, policy="")
s.t("toewijzing_54L50_extended", [tp("7001", ingang="2025-01-01", eind="2026-06-30", cat="54", code="54L50",
                                     datum="2026-02-28")],
    dagtekening="2026-02-28", aanbieder=GGZ_AANBIEDER, policy="")


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    keep = {sc.name for sc in SCENARIOS}
    for entry in os.listdir(root):
        path = os.path.join(root, entry)
        if os.path.isdir(path) and entry[:3].isdigit() and entry not in keep:
            import shutil
            shutil.rmtree(path)
    for sc in SCENARIOS:
        sc.write(root)
    print(f"generate.py: wrote {len(SCENARIOS)} scenarios")


if __name__ == "__main__":
    main()
