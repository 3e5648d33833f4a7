"""Heads of international organisations: ASEAN and UN Secretaries-General, and the
heads of the IMF, the World Bank, the WTO and the Asian Development Bank.

An `of` written "@Name" is an organisation looked up by name in organizations.jsonl
when the file is built (its id is owned by the organisations data); see build_people.py.
"""
from __future__ import annotations

from people_common import ASEAN, BN, KH, PH, SG, UN, VN, WIKI, O, P

ASEAN_SG = WIKI + "Secretary-General_of_the_Association_of_Southeast_Asian_Nations"
IMF, WB, WTO, ADB = ("@International Monetary Fund", "@World Bank", "@World Trade Organization",
                     "@Asian Development Bank")
MD = "Managing Director"
DSG = "Deputy Secretary-General"
DSG_APSC = "Deputy Secretary-General of ASEAN for the ASEAN Political-Security Community"
DSG_AEC = "Deputy Secretary-General of ASEAN for the ASEAN Economic Community"
DSG_ASCC = "Deputy Secretary-General of ASEAN for the ASEAN Socio-Cultural Community"
DSG_CCA = "Deputy Secretary-General of ASEAN for Community and Corporate Affairs"
ASEAN_DSG_2021 = "https://asean.org/asean-welcomes-two-new-deputy-secretaries-general/"
ASEAN_DSG_AEC_2021 = "https://asean.org/asean-welcomes-new-deputy-secretary-general-for-asean-economic-community-2"
ASEAN_DSG_ASCC_2021 = ("https://www.medcom.id/english/world/VNxgyzBK-new-deputy-secretary-general-"
                       "for-asean-socio-cultural-community-assumes-office")
ASEAN_DSG_2024 = "https://asean.co.id/asean-sambut-dua-deputi-sekretaris-jenderal-baru"

ASEAN_PEOPLE = [
    P("Rodolfo Severino", "m", PH, ["Rodolfo C. Severino", "Rodolfo Severino Jr."],
      [O("Secretary-General", ASEAN, "1998-01-01", "2002-12-31")]),
    P("Ong Keng Yong", "m", SG, [], [O("Secretary-General", ASEAN, "2003-01-01", "2007-12-31")]),
    P("Lê Lương Minh", "m", VN, [], [O("Secretary-General", ASEAN, "2013-01-01", "2017-12-31")], born=1952),
    P("Lim Jock Hoi", "m", BN, ["Dato Lim Jock Hoi", "Dato Paduka Lim Jock Hoi"],
      [O("Secretary-General", ASEAN, "2018-01-01", "2022-12-31")]),
    P("Kao Kim Hourn", "m", KH, ["Dr. Kao Kim Hourn", "H.E. Dr. Kao Kim Hourn"],
      [O("Secretary-General", ASEAN, "2023-01-01", None)], born=1965),
    # Deputy Secretaries-General (four at a time, three-year terms; see the ASEAN Charter).
    P("Robert Matheus Michael Tene", "m", "Q252", ["Robert Tene", "Michael Tene"],
      [O(DSG, ASEAN, "2021-02-15", "2024-02-16", ASEAN_DSG_2021, local_title=DSG_APSC,
         note="succeeded by Astanah Abdul Aziz (" + ASEAN_DSG_2024 + ")")]),
    P("Trần Đức Bình", "m", VN, ["Tran Duc Binh"],
      [O(DSG, ASEAN, "2021-02-15", "2024-02-16", ASEAN_DSG_2021, local_title=DSG_CCA,
         note="succeeded by Nararya S. Soeprapto (" + ASEAN_DSG_2024 + ")")]),
    P("Satvinder Singh", "m", SG, [],
      [O(DSG, ASEAN, "2021-03-26", "2024", ASEAN_DSG_AEC_2021, local_title=DSG_AEC,
         note="term 2021-2024, renewable; whether it was renewed was not checked")]),
    P("Ekkaphab Phanthavong", "m", "Q819", [],
      [O(DSG, ASEAN, "2021-10-12", "2024", ASEAN_DSG_ASCC_2021, local_title=DSG_ASCC,
         note="non-renewable term 2021-2024; the day it ended was not checked")]),
    P("Astanah Abdul Aziz", "f", "Q833", ["Dato' Astanah Abdul Aziz"],
      [O(DSG, ASEAN, "2024-02-16", None, ASEAN_DSG_2024, local_title=DSG_APSC,
         note="term 2024-2027")]),
    P("Nararya S. Soeprapto", "m", "Q252", ["Nararya Soeprapto"],
      [O(DSG, ASEAN, "2024-02-16", None, ASEAN_DSG_2024, local_title=DSG_CCA,
         note="term 2024-2027")]),
]

UN_PEOPLE = [
    P("Kofi Annan", "m", "Q117", ["Kofi A. Annan"],
      [O("Secretary-General", UN, "1997-01-01", "2006-12-31")], qid="Q1285", born=1938),
    P("António Guterres", "m", "Q45", ["Antonio Guterres"],
      [O("Secretary-General", UN, "2017-01-01", None)], qid="Q311440", born=1949),
    P("Khaled Khiari", "m", None, [], []),
    P("Noeleen Heyzer", "f", SG, [],
      [O("Special Envoy", UN, "2021-10-25", "2023-06-12",
         local_title="Special Envoy of the Secretary-General on Myanmar")]),
    P("Christine Schraner Burgener", "f", "Q39", [],
      [O("Special Envoy", UN, "2018-04-26", "2021-10-31",
         local_title="Special Envoy of the Secretary-General on Myanmar")]),
]

FINANCE_PEOPLE = [
    P("Horst Köhler", "m", "Q183", [], [O(MD, IMF, "2000-05-01", "2004-03-04")]),
    P("Rodrigo Rato", "m", "Q29", [], [O(MD, IMF, "2004-06-07", "2007-10-31")]),
    P("Dominique Strauss-Kahn", "m", "Q142", ["DSK"], [O(MD, IMF, "2007-11-01", "2011-05-18")]),
    P("Christine Lagarde", "f", "Q142", [], [O(MD, IMF, "2011-07-05", "2019-09-12")]),
    P("Kristalina Georgieva", "f", "Q219", [], [O(MD, IMF, "2019-10-01", None)]),
    P("James Wolfensohn", "m", "Q408", ["James D. Wolfensohn"], [O("President", WB, "1995-06-01", "2005-05-31")]),
    P("Paul Wolfowitz", "m", "Q30", [], [O("President", WB, "2005-06-01", "2007-06-30")]),
    P("Robert Zoellick", "m", "Q30", ["Robert B. Zoellick"], [O("President", WB, "2007-07-01", "2012-06-30")]),
    P("Jim Yong Kim", "m", "Q30", [], [O("President", WB, "2012-07-01", "2019-02-01")]),
    P("David Malpass", "m", "Q30", [], [O("President", WB, "2019-04-09", "2023-06-01")]),
    P("Ajay Banga", "m", "Q30", ["Ajay Pal Singh Banga"], [O("President", WB, "2023-06-02", None)]),
    P("Mike Moore", "m", "Q664", [], [O("Director-General", WTO, "1999-09-01", "2002-08-31")],
      wiki="Mike_Moore_(New_Zealand_politician)"),
    P("Supachai Panitchpakdi", "m", "Q869", [], [O("Director-General", WTO, "2002-09-01", "2005-08-31")]),
    P("Pascal Lamy", "m", "Q142", [], [O("Director-General", WTO, "2005-09-01", "2013-08-31")]),
    P("Roberto Azevêdo", "m", "Q155", ["Roberto Azevedo"], [O("Director-General", WTO, "2013-09-01", "2020-08-31")]),
    P("Ngozi Okonjo-Iweala", "f", "Q1033", [], [O("Director-General", WTO, "2021-03-01", None)]),
    P("Tadao Chino", "m", "Q17", [], [O("President", ADB, "1999-01-16", "2005-01-31")]),
    P("Haruhiko Kuroda", "m", "Q17", ["Kuroda Haruhiko"], [O("President", ADB, "2005-02-01", "2013-03-18")]),
    P("Takehiko Nakao", "m", "Q17", ["Nakao Takehiko"], [O("President", ADB, "2013-04-28", "2020-01-16")]),
    P("Masatsugu Asakawa", "m", "Q17", ["Asakawa Masatsugu"], [O("President", ADB, "2020-01-17", "2025-02-23")]),
    P("Masato Kanda", "m", "Q17", ["Kanda Masato"], [O("President", ADB, "2025-02-24", None)]),
]
