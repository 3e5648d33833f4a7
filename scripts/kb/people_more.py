"""Further people: leaders before 2000 whom news still names (historical references),
defence ministers and other officials whose terms are well documented.

Split like the files: ASEAN_MORE, PARTNERS_MORE, INTERNATIONAL_MORE."""
from __future__ import annotations

from people_common import (ASEAN, AU, CN, EU, ID, IN, JP, KR, LA, MY, NZ, PH, RU, SG, TH, UK,
                            UN, US, VN, CA, O, P)

VN_2021 = "https://www.talkvietnam.org/2021/04/na-approves-appointment-of-12-new-ministers-govt-members/"
VN_TERM_NOTE = ("the 2021-2026 tenure ended at the first session of the 16th National Assembly "
                "(April 2026); who was appointed then was not checked")
CPV = "General Secretary of the Communist Party of Vietnam"

ASEAN_MORE = [
    P("Suharto", "m", ID, ["Soeharto", "General Suharto"],
      [O("President", ID, "1967-03-12", "1998-05-21", note="acting until 27 March 1968")], born=1921),
    P("B. J. Habibie", "m", ID, ["Bacharuddin Jusuf Habibie", "B.J. Habibie", "BJ Habibie"],
      [O("President", ID, "1998-05-21", "1999-10-20")], born=1936),
    P("Ali Alatas", "m", ID, [], [O("Foreign Minister", ID, "1988-03-21", "1999-10-20")], born=1932),
    P("Ferdinand Marcos", "m", PH, ["Ferdinand E. Marcos", "Ferdinand Marcos Sr.", "Ferdinand Edralin Marcos"],
      [O("President", PH, "1965-12-30", "1986-02-25")], born=1917),
    P("Corazon Aquino", "f", PH, ["Cory Aquino", "Maria Corazon Aquino"],
      [O("President", PH, "1986-02-25", "1992-06-30")], born=1933),
    P("Fidel V. Ramos", "m", PH, ["Fidel Ramos", "FVR", "Eddie Ramos"],
      [O("President", PH, "1992-06-30", "1998-06-30")], born=1928),
    P("Wee Kim Wee", "m", SG, [], [O("President", SG, "1985-09-02", "1993-09-01")]),
    P("Ong Teng Cheong", "m", SG, [], [O("President", SG, "1993-09-01", "1999-08-31")]),
    P("Kaysone Phomvihane", "m", LA, [], ambiguous=["Kaysone Phomvihane"], offices=[
       O("Prime Minister", LA, "1975-12-08", "1991-08-15"),
       O("President", LA, "1991-08-15", "1992-11-21")], born=1920),
    P("Nouhak Phoumsavanh", "m", LA, [], [O("President", LA, "1992-11-25", "1998-02-24")]),
    P("Võ Văn Kiệt", "m", VN, [], [O("Prime Minister", VN, "1991-08-08", "1997-09-25")], born=1922),
    P("Lê Đức Anh", "m", VN, [], [O("President", VN, "1992-09-23", "1997-09-24")], born=1920),
    P("Đỗ Mười", "m", VN, [], [O(CPV, VN, "1991-06-27", "1997-12-26")], born=1917),
    P("Lê Khả Phiêu", "m", VN, [], [O(CPV, VN, "1997-12-26", "2001-04-22")], born=1931),
    P("Anand Panyarachun", "m", TH, [],
      [O("Prime Minister", TH, "1991-03-02", "1992-03-22"),
       O("Prime Minister", TH, "1992-06-10", "1992-09-23")], born=1932),
    P("Banharn Silpa-archa", "m", TH, [], [O("Prime Minister", TH, "1995-07-13", "1996-11-25")]),
    P("Chavalit Yongchaiyudh", "m", TH, [], [O("Prime Minister", TH, "1996-11-25", "1997-11-09")]),
    P("Phan Văn Giang", "m", VN, ["General Phan Văn Giang"],
      [O("Defence Minister", VN, "2021-04-08", "2026-04", VN_2021, note=VN_TERM_NOTE,
         local_title="Minister of National Defence")], born=1960),
    P("Ng Eng Hen", "m", SG, ["Dr Ng Eng Hen"],
      [O("Defence Minister", SG, "2011-05-21", "2025-05-23", local_title="Minister for Defence")]),
    P("Chan Chun Sing", "m", SG, [],
      [O("Defence Minister", SG, "2025-05-23", None, local_title="Minister for Defence")]),
    P("Delfin Lorenzana", "m", PH, [],
      [O("Defence Minister", PH, "2016-07-01", "2022-06-30", local_title="Secretary of National Defense")]),
    P("Gilberto Teodoro", "m", PH, ["Gibo Teodoro", "Gilberto Teodoro Jr."],
      [O("Defence Minister", PH, "2023-06-05", None, local_title="Secretary of National Defense")]),
    P("Mohamed Khaled Nordin", "m", MY, ["Datuk Seri Mohamed Khaled Nordin"],
      [O("Defence Minister", MY, "2023-12-12", None, local_title="Minister of Defence")]),
]

CCS = "Chief Cabinet Secretary"
CN_DEF = "Minister of National Defense"
PARTNERS_MORE = [
    P("Yang Shangkun", "m", CN, [], [O("President", CN, "1988-04-08", "1993-03-27")]),
    P("Li Peng", "m", CN, [], [O("Prime Minister", CN, "1987-11-24", "1998-03-17",
                                  local_title="Premier of the State Council", note="acting until 9 April 1988")]),
    P("Qian Qichen", "m", CN, [], [O("Foreign Minister", CN, "1988-04-09", "1998-03-18")]),
    P("Liang Guanglie", "m", CN, [], [O("Defence Minister", CN, "2008-03-17", "2013-03-16", local_title=CN_DEF)]),
    P("Chang Wanquan", "m", CN, [], [O("Defence Minister", CN, "2013-03-16", "2018-03-19", local_title=CN_DEF)]),
    P("Wei Fenghe", "m", CN, [], [O("Defence Minister", CN, "2018-03-19", "2023-03-12", local_title=CN_DEF)]),
    P("Li Shangfu", "m", CN, [], [O("Defence Minister", CN, "2023-03-12", "2023-10-24", local_title=CN_DEF)]),
    P("Dong Jun", "m", CN, ["Admiral Dong Jun"],
      [O("Defence Minister", CN, "2023-12-29", None, local_title=CN_DEF)]),
    P("Tomiichi Murayama", "m", JP, ["Murayama Tomiichi"], [O("Prime Minister", JP, "1994-06-30", "1996-01-11")]),
    P("Ryutaro Hashimoto", "m", JP, ["Hashimoto Ryutaro", "Ryūtarō Hashimoto"],
      [O("Prime Minister", JP, "1996-01-11", "1998-07-30")]),
    P("Keizo Obuchi", "m", JP, ["Obuchi Keizo", "Keizō Obuchi"], [O("Prime Minister", JP, "1998-07-30", "2000-04-05")]),
    P("Katsunobu Kato", "m", JP, ["Kato Katsunobu", "Katsunobu Katō"], [O(CCS, JP, "2020-09-16", "2021-10-04")]),
    P("Hirokazu Matsuno", "m", JP, ["Matsuno Hirokazu"], [O(CCS, JP, "2021-10-04", "2023-12-14")]),
    P("Minoru Kihara", "m", JP, ["Kihara Minoru"], [O(CCS, JP, "2025-10-21", None)]),
    P("Kim Young-sam", "m", KR, ["Kim Young Sam"], [O("President", KR, "1993-02-25", "1998-02-24")]),
    P("Rajnath Singh", "m", IN, [], [O("Defence Minister", IN, "2019-05-31", None, local_title="Minister of Defence")]),
    P("Nirmala Sitharaman", "f", IN, [],
      [O("Defence Minister", IN, "2017-09-03", "2019-05-30", local_title="Minister of Defence"),
       O("Finance Minister", IN, "2019-05-31", None)]),
    P("Ronald Reagan", "m", US, [], [O("President", US, "1981-01-20", "1989-01-20")], born=1911),
    P("George H. W. Bush", "m", US, ["George H.W. Bush", "George Herbert Walker Bush"],
      [O("President", US, "1989-01-20", "1993-01-20")], born=1924, ambiguous=["George Bush"]),
    P("Al Gore", "m", US, ["Albert Gore Jr."], [O("Vice President", US, "1993-01-20", "2001-01-20")]),
    P("James Baker", "m", US, ["James A. Baker III", "James Baker III"],
      [O("Foreign Minister", US, "1989-01-25", "1992-08-23", local_title="Secretary of State")]),
    P("Warren Christopher", "m", US, [],
      [O("Foreign Minister", US, "1993-01-20", "1997-01-17", local_title="Secretary of State")]),
    P("Wendy Sherman", "f", US, ["Wendy R. Sherman"],
      [O("Deputy Secretary of State", US, "2021-04-14", "2023-07-28")]),
    P("Kurt Campbell", "m", US, ["Kurt M. Campbell"],
      [O("Deputy Secretary of State", US, "2024-02-12", "2025-01-20")]),
    P("Boris Yeltsin", "m", RU, ["Boris Nikolayevich Yeltsin"],
      [O("President", RU, "1991-07-10", "1999-12-31")], born=1931),
    P("Yevgeny Primakov", "m", RU, ["Yevgeni Primakov"],
      [O("Foreign Minister", RU, "1996-01-09", "1998-09-11"),
       O("Prime Minister", RU, "1998-09-11", "1999-05-12")]),
    P("Bob Hawke", "m", AU, [], [O("Prime Minister", AU, "1983-03-11", "1991-12-20")]),
    P("Paul Keating", "m", AU, [], [O("Prime Minister", AU, "1991-12-20", "1996-03-11")]),
    P("Richard Marles", "m", AU, [],
      [O("Deputy Prime Minister", AU, "2022-05-23", None),
       O("Defence Minister", AU, "2022-06-01", None, local_title="Minister for Defence")]),
    P("Jenny Shipley", "f", NZ, [], [O("Prime Minister", NZ, "1997-12-08", "1999-12-10")]),
    P("Lloyd Axworthy", "m", CA, [],
      [O("Foreign Minister", CA, "1996-01-25", "2000-10-17", local_title="Minister of Foreign Affairs")]),
    P("Margaret Thatcher", "f", UK, [], [O("Prime Minister", UK, "1979-05-04", "1990-11-28")], born=1925),
    P("John Major", "m", UK, [], [O("Prime Minister", UK, "1990-11-28", "1997-05-02")]),
    P("Jacques Santer", "m", "Q32", [],
      [O("President of the European Commission", EU, "1995-01-23", "1999-03-15")]),
]

INTERNATIONAL_MORE = [
    P("Ajit Singh", "m", MY, ["Dato' Ajit Singh"], [O("Secretary-General", ASEAN, "1993-01-01", "1997-12-31")],
      wiki="Ajit_Singh_(diplomat)"),
    P("Boutros Boutros-Ghali", "m", "Q79", [], [O("Secretary-General", UN, "1992-01-01", "1996-12-31")]),
    P("Javier Pérez de Cuéllar", "m", "Q419", ["Javier Perez de Cuellar"],
      [O("Secretary-General", UN, "1982-01-01", "1991-12-31")]),
]
