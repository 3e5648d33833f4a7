"""People of the eleven ASEAN states: heads of state and government, foreign ministers
(2000 to today) and a few other officials whose terms were checked.

Dates from the standard Wikipedia office pages unless a consulted page is given.
A "YYYY-MM" date means the day was not certain. An open term (end None) was current
at the latest source found; where a change may have happened since (an election, a
party congress), the office carries a note saying what was not checked.
"""
from __future__ import annotations

from people_common import ASEAN, BN, ID, KH, LA, WIKI, O, P

PRAK = WIKI + "Prak_Sokhonn"
CAMBODGEMAG = ("https://www.cambodgemag.com/en/post/government-the-prime-minister-justifies-"
               "the-return-of-h-e-prak-sokhonn-as-minister-of-foreign-aff")
CAMBOJA_2024 = ("https://cambojanews.com/"
                "national-assembly-approves-foreign-minister-shake-up-reinstates-prak-sokhonn/")
RFA_2024 = "https://www.globalsecurity.org/military/library/news/2024/11/mil-241119-rfa02.htm"
LAOTIAN_2021 = "https://laotiantimes.com/2021/03/22/laos-elects-new-president-and-prime-minister/"

LA_2026 = ("the term began with the 9th National Assembly (2021-2026); changes at the 10th "
           "National Assembly in 2026 were not checked")

LPRP = "Secretary General of the Lao People's Revolutionary Party"
LPRP_2021 = "https://infosurhoy.com/news/lao-communist-party-elects-thongloun-as-new-general-secretary.html"
LPRP_2026 = ("https://vietnamnews.vn/world/1763424/"
             "12th-national-congress-of-lao-people-s-revolutionary-party-concludes.html")

BRUNEI = [
    P("Hassanal Bolkiah", "m", BN,
      ["Sultan Hassanal Bolkiah", "Sultan Haji Hassanal Bolkiah",
       "Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah", "Haji Hassanal Bolkiah"],
      [O("Sultan", BN, "1967-10-05", None, WIKI + "Sultan_of_Brunei"),
       O("Prime Minister", BN, "1984-01-01", None),
       O("Foreign Minister", BN, "2015-10-22", None, local_title="Minister of Foreign Affairs")],
      born=1946),
    P("Mohamed Bolkiah", "m", BN,
      ["Prince Mohamed Bolkiah", "Pengiran Muda Mohamed Bolkiah"],
      [O("Foreign Minister", BN, "1984-01-01", "2015-10-22",
         local_title="Minister of Foreign Affairs")], born=1948),
    P("Al-Muhtadee Billah", "m", BN,
      ["Crown Prince Al-Muhtadee Billah", "Pengiran Muda Mahkota Al-Muhtadee Billah",
       "Haji Al-Muhtadee Billah"],
      [O("Crown Prince", BN, "1998-08-10", None)], born=1974),
    P("Erywan Yusof", "m", BN, ["Dato Erywan Pehin Yusof", "Erywan Pehin Yusof",
                               "Dato Seri Setia Erywan Yusof", "Dato Seri Setia Haji Erywan Pehin Yusof"],
      [O("Special Envoy", ASEAN, "2021-08-04", "2021-12-31", WIKI + "Erywan_Yusof",
         local_title="Special Envoy of the ASEAN Chair on Myanmar")]),
]

CAMBODIA = [
    P("Norodom Sihanouk", "m", KH,
      ["King Norodom Sihanouk", "King Father Norodom Sihanouk", "King Sihanouk"],
      [O("King", KH, "1993-09-24", "2004-10-07")], born=1922),
    P("Norodom Sihamoni", "m", KH,
      ["King Norodom Sihamoni", "King Sihamoni", "Preah Bat Samdech Preah Boromneath Norodom Sihamoni"],
      [O("King", KH, "2004-10-14", None)], born=1953),
    P("Hun Sen", "m", KH,
      ["Samdech Techo Hun Sen", "Samdech Akka Moha Sena Padei Techo Hun Sen", "Samdech Hun Sen"],
      [O("Prime Minister", KH, "1985-01-14", "2023-08-22", WIKI + "Hun_Sen",
         note="Second Prime Minister beside a First Prime Minister from 1993 to 1998"),
       O("President of the Senate", KH, "2024-04-03", None, WIKI + "Hun_Sen")],
      qid="Q57788", born=1952),
    P("Hun Manet", "m", KH,
      ["Samdech Thipadei Hun Manet", "Samdech Moha Borvor Thipadei Hun Manet",
       "Samdech Moha Bovor Thipadei Hun Manet",
       "Samdech Hun Manet", "Dr. Hun Manet"],
      [O("Prime Minister", KH, "2023-08-22", None)], born=1977),
    P("Hor Namhong", "m", KH, ["Hor Nam Hong", "H.E. Hor Namhong"],
      [O("Foreign Minister", KH, "1998-11-30", "2016-04-04",
         local_title="Minister of Foreign Affairs and International Cooperation")]),
    P("Prak Sokhonn", "m", KH, ["H.E. Prak Sokhonn", "Prak Sokhon"],
      [O("Foreign Minister", KH, "2016-04-05", "2023-08-22", PRAK,
         local_title="Minister of Foreign Affairs and International Cooperation"),
       O("Foreign Minister", KH, "2024-11-20", None, CAMBODGEMAG,
         local_title="Minister of Foreign Affairs and International Cooperation"),
       O("Deputy Prime Minister", KH, "2018-09-06", "2023-08-22", PRAK),
       O("Special Envoy", ASEAN, "2022-01", "2022-12", CAMBOJA_2024,
         local_title="Special Envoy of the ASEAN Chair on Myanmar"),
       O("Deputy Prime Minister", KH, "2024-11-20", None, PRAK)], born=1954),
    P("Sok Chenda Sophea", "m", KH, ["H.E. Sok Chenda Sophea"],
      [O("Foreign Minister", KH, "2023-08-22", "2024-11-20", PRAK,
         local_title="Minister of Foreign Affairs and International Cooperation"),
       O("Deputy Prime Minister", KH, "2023-08-22", None, CAMBODGEMAG)]),
    P("Sar Sokha", "m", KH, ["Samdech Kralahom Sar Sokha"],
      [O("Deputy Prime Minister", KH, "2023-08-22", None),
       O("Interior Minister", KH, "2023-08-22", None, local_title="Minister of Interior")]),
    P("Sun Chanthol", "m", KH, ["H.E. Sun Chanthol"],
      [O("Deputy Prime Minister", KH, "2023-08-22", None)]),
    P("Hun Many", "m", KH, ["Samdech Hun Many"],
      [O("Deputy Prime Minister", KH, "2023-08-22", None)]),
    P("Khuon Sudary", "f", KH, ["Samdech Khuon Sudary"],
      [O("President of the National Assembly", KH, "2023-08-21", None)]),
    P("Heng Samrin", "m", KH, ["Samdech Heng Samrin"],
      [O("President of the National Assembly", KH, "2006-03", "2023-08-21")]),
    P("Tea Seiha", "m", KH, ["Gen. Tea Seiha"],
      [O("Defence Minister", KH, "2023-08-22", None, local_title="Minister of National Defence"),
       O("Deputy Prime Minister", KH, "2023-08-22", None)]),
    P("Sok Siphana", "m", KH, ["H.E. Dr. Sok Siphana", "Dr. Sok Siphana"], []),
    P("Sar Kheng", "m", KH, ["Samdech Sar Kheng", "Samdech Kralahom Sar Kheng", "Samdech Krolahom Sar Kheng"], []),
    P("Tea Banh", "m", KH, ["Samdech Tea Banh", "Gen. Tea Banh"], []),
]

INDONESIA = [
    P("Abdurrahman Wahid", "m", ID, ["Gus Dur"],
      [O("President", ID, "1999-10-20", "2001-07-23")], born=1940),
    P("Megawati Sukarnoputri", "f", ID, ["Megawati Soekarnoputri"],
      [O("Vice President", ID, "1999-10-21", "2001-07-23"),
       O("President", ID, "2001-07-23", "2004-10-20")], born=1947),
    P("Hamzah Haz", "m", ID, [], [O("Vice President", ID, "2001-07-26", "2004-10-20")]),
    P("Susilo Bambang Yudhoyono", "m", ID, ["SBY"],
      [O("President", ID, "2004-10-20", "2014-10-20")], born=1949),
    P("Jusuf Kalla", "m", ID, [],
      [O("Vice President", ID, "2004-10-20", "2009-10-20"),
       O("Vice President", ID, "2014-10-20", "2019-10-20")], born=1942),
    P("Boediono", "m", ID, [], [O("Vice President", ID, "2009-10-20", "2014-10-20")]),
    P("Joko Widodo", "m", ID, ["Jokowi", "Ir. H. Joko Widodo"],
      [O("President", ID, "2014-10-20", "2024-10-20")], born=1961),
    P("Ma'ruf Amin", "m", ID, ["K.H. Ma'ruf Amin", "Ma’ruf Amin"],
      [O("Vice President", ID, "2019-10-20", "2024-10-20")]),
    P("Prabowo Subianto", "m", ID, ["Prabowo Subianto Djojohadikusumo"],
      [O("President", ID, "2024-10-20", None),
       O("Defence Minister", ID, "2019-10-23", "2024-10-20", local_title="Minister of Defence")],
      born=1951),
    P("Gibran Rakabuming Raka", "m", ID, ["Gibran Rakabuming"],
      [O("Vice President", ID, "2024-10-20", None)], born=1987),
    P("Alwi Shihab", "m", ID, [],
      [O("Foreign Minister", ID, "1999-10-29", "2001-08-09")]),
    P("Hassan Wirajuda", "m", ID, ["N. Hassan Wirajuda", "Noer Hassan Wirajuda"],
      [O("Foreign Minister", ID, "2001-08-09", "2009-10-20", WIKI + "Hassan_Wirajuda")]),
    P("Marty Natalegawa", "m", ID, ["Marty M. Natalegawa", "R.M. Marty M. Natalegawa"],
      [O("Foreign Minister", ID, "2009-10-22", "2014-10-20")]),
    P("Retno Marsudi", "f", ID, ["Retno L.P. Marsudi", "Retno Lestari Priansari Marsudi"],
      [O("Foreign Minister", ID, "2014-10-27", "2024-10-20")], born=1962),
    P("Sugiono", "m", ID, [], [O("Foreign Minister", ID, "2024-10-21", None)]),
    P("Luhut Binsar Pandjaitan", "m", ID, ["Luhut Pandjaitan"],
      [O("Coordinating Minister", ID, "2016-07-27", "2024-10-20",
         local_title="Coordinating Minister for Maritime and Investment Affairs")]),
    P("Sjafrie Sjamsoeddin", "m", ID, [],
      [O("Defence Minister", ID, "2024-10-21", None, local_title="Minister of Defence")]),
]

LAOS = [
    P("Khamtai Siphandone", "m", LA, ["Khamtay Siphandone"],
      [O("President", LA, "1998-02-24", "2006-06-08")], born=1924),
    P("Choummaly Sayasone", "m", LA, ["Choummaly Saignason"],
      [O("President", LA, "2006-06-08", "2016-04-20"),
       O(LPRP, LA, "2006-03-21", "2016-01-22", WIKI + "Choummaly_Sayasone")], born=1936),
    P("Bounnhang Vorachith", "m", LA, ["Bounnhang Vorachit"],
      [O("Prime Minister", LA, "2001-03-27", "2006-06-08"),
       O(LPRP, LA, "2016-01-22", "2021-01-15", LPRP_2021),
       O("Vice President", LA, "2006-06-08", "2016-04-20"),
       O("President", LA, "2016-04-20", "2021-03-22", LAOTIAN_2021)], born=1937),
    P("Thongloun Sisoulith", "m", LA, ["Thongloun Sisoulit"],
      [O("Foreign Minister", LA, "2006-06-08", "2016-04-20"),
       O("Prime Minister", LA, "2016-04-20", "2021-03-22"),
       O(LPRP, LA, "2021-01-15", None, LPRP_2026, note="re-elected on 8 January 2026"),
       O("President", LA, "2021-03-22", None, LAOTIAN_2021, note=LA_2026, checked_until="2026-01-31")], born=1945),
    P("Sisavath Keobounphanh", "m", LA, [],
      [O("Prime Minister", LA, "1998-02-24", "2001-03-27")]),
    P("Bouasone Bouphavanh", "m", LA, [],
      [O("Prime Minister", LA, "2006-06-08", "2010-12-23")]),
    P("Thongsing Thammavong", "m", LA, [],
      [O("Prime Minister", LA, "2010-12-23", "2016-04-20")]),
    P("Phankham Viphavanh", "m", LA, ["Dr. Phankham Viphavanh"],
      [O("Vice President", LA, "2016-04-20", "2021-03-22"),
       O("Prime Minister", LA, "2021-03-22", "2022-12-30", LAOTIAN_2021)]),
    P("Sonexay Siphandone", "m", LA, ["Dr. Sonexay Siphandone"],
      [O("Deputy Prime Minister", LA, "2021-03-22", "2022-12-30", LAOTIAN_2021),
       O("Prime Minister", LA, "2022-12-30", None, note=LA_2026, checked_until="2026-01-31")], born=1966),
    P("Somsavat Lengsavad", "m", LA, [],
      [O("Foreign Minister", LA, "1993-02", "2006-06-08")]),
    P("Saleumxay Kommasith", "m", LA, [],
      [O("Foreign Minister", LA, "2016-04-20", "2024-11-14", RFA_2024)]),
    P("Thongsavanh Phomvihane", "m", LA, [],
      [O("Foreign Minister", LA, "2024-11-14", None, RFA_2024, note=LA_2026, checked_until="2026-01-31")]),
    P("Pany Yathotou", "f", LA, [],
      [O("Vice President", LA, "2021-03-22", None, LAOTIAN_2021, note=LA_2026, checked_until="2026-01-31")]),
    P("Bounthong Chitmany", "m", LA, [],
      [O("Vice President", LA, "2021-03-22", None, LAOTIAN_2021, note=LA_2026, checked_until="2026-01-31")]),
    P("Xaysomphone Phomvihane", "m", LA, ["Saysomphone Phomvihane"],
      [O("President of the National Assembly", LA, "2021-03-22", None, LAOTIAN_2021, note=LA_2026, checked_until="2026-01-31")]),
]
