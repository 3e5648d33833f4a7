"""People of ASEAN's main partners, second part: Russia, Australia, New Zealand,
Canada, the United Kingdom and the European Union."""
from __future__ import annotations

from people_common import AU, CA, EU, NZ, RU, UK, WIKI, O, P

RU_FM = "Minister of Foreign Affairs"
RUSSIA = [
    P("Vladimir Putin", "m", RU, ["Vladimir Vladimirovich Putin", "Vladimir V. Putin"],
      [O("Prime Minister", RU, "1999-08-16", "2000-05-07"),
       O("President", RU, "1999-12-31", "2000-05-07", acting=True),
       O("President", RU, "2000-05-07", "2008-05-07"),
       O("Prime Minister", RU, "2008-05-08", "2012-05-07"),
       O("President", RU, "2012-05-07", None)], qid="Q7747", born=1952),
    P("Dmitry Medvedev", "m", RU, ["Dmitry Anatolyevich Medvedev", "Dmitri Medvedev"],
      [O("President", RU, "2008-05-07", "2012-05-07"),
       O("Prime Minister", RU, "2012-05-08", "2020-01-16")], qid="Q23530", born=1965),
    P("Mikhail Kasyanov", "m", RU, [], [O("Prime Minister", RU, "2000-05-17", "2004-02-24")]),
    P("Mikhail Fradkov", "m", RU, [], [O("Prime Minister", RU, "2004-03-05", "2007-09-12")]),
    P("Viktor Zubkov", "m", RU, [], [O("Prime Minister", RU, "2007-09-14", "2008-05-07")]),
    P("Mikhail Mishustin", "m", RU, [], [O("Prime Minister", RU, "2020-01-16", None)], born=1966),
    P("Igor Ivanov", "m", RU, [],
      [O("Foreign Minister", RU, "1998-09-11", "2004-03-09", local_title=RU_FM)],
      wiki="Igor_Ivanov"),
    P("Sergey Lavrov", "m", RU, ["Sergei Lavrov", "Sergey Viktorovich Lavrov"],
      [O("Foreign Minister", RU, "2004-03-09", None, local_title=RU_FM)], born=1950),
]

AU_FM = "Minister for Foreign Affairs"
AUSTRALIA = [
    P("John Howard", "m", AU, ["John Winston Howard"], [O("Prime Minister", AU, "1996-03-11", "2007-12-03")]),
    P("Kevin Rudd", "m", AU, [],
      [O("Prime Minister", AU, "2007-12-03", "2010-06-24"),
       O("Foreign Minister", AU, "2010-09-14", "2012-02-22", local_title=AU_FM),
       O("Prime Minister", AU, "2013-06-27", "2013-09-18")], born=1957),
    P("Julia Gillard", "f", AU, [], [O("Prime Minister", AU, "2010-06-24", "2013-06-27")]),
    P("Tony Abbott", "m", AU, [], [O("Prime Minister", AU, "2013-09-18", "2015-09-15")]),
    P("Malcolm Turnbull", "m", AU, [], [O("Prime Minister", AU, "2015-09-15", "2018-08-24")]),
    P("Scott Morrison", "m", AU, ["ScoMo"], [O("Prime Minister", AU, "2018-08-24", "2022-05-23")]),
    P("Anthony Albanese", "m", AU, ["Albo"], [O("Prime Minister", AU, "2022-05-23", None)], born=1963),
    P("Alexander Downer", "m", AU, [],
      [O("Foreign Minister", AU, "1996-03-11", "2007-12-03", local_title=AU_FM)]),
    P("Stephen Smith", "m", AU, [],
      [O("Foreign Minister", AU, "2007-12-03", "2010-09-14", local_title=AU_FM)],
      wiki="Stephen_Smith_(Australian_politician)"),
    P("Bob Carr", "m", AU, [],
      [O("Foreign Minister", AU, "2012-03-13", "2013-09-18", local_title=AU_FM)]),
    P("Julie Bishop", "f", AU, [],
      [O("Foreign Minister", AU, "2013-09-18", "2018-08-26", local_title=AU_FM),
       O("Special Envoy", "Q1065", "2024-04-05", None, WIKI + "Julie_Bishop",
         local_title="Special Envoy of the Secretary-General on Myanmar")], born=1956),
    P("Marise Payne", "f", AU, [],
      [O("Foreign Minister", AU, "2018-08-26", "2022-05-23", local_title=AU_FM)]),
    P("Penny Wong", "f", AU, [],
      [O("Foreign Minister", AU, "2022-05-23", None, local_title=AU_FM)], born=1968),
]

NZ_FM = "Minister of Foreign Affairs"
NZ_2026 = ("a general election was held on 7 November 2026 (https://britainherald.com/tag/"
           "new-zealand-general-election-date); its outcome was not checked: the office is held "
           "until a new government is sworn in")
NEW_ZEALAND = [
    P("Helen Clark", "f", NZ, [], [O("Prime Minister", NZ, "1999-12-10", "2008-11-19")], born=1950),
    P("John Key", "m", NZ, [], [O("Prime Minister", NZ, "2008-11-19", "2016-12-12")]),
    P("Bill English", "m", NZ, [], [O("Prime Minister", NZ, "2016-12-12", "2017-10-26")]),
    P("Jacinda Ardern", "f", NZ, [], [O("Prime Minister", NZ, "2017-10-26", "2023-01-25")], born=1980),
    P("Chris Hipkins", "m", NZ, [], [O("Prime Minister", NZ, "2023-01-25", "2023-11-27")]),
    P("Christopher Luxon", "m", NZ, [], [O("Prime Minister", NZ, "2023-11-27", None, note=NZ_2026, checked_until="2026-11-07")],
      born=1970),
    P("Phil Goff", "m", NZ, [],
      [O("Foreign Minister", NZ, "1999-12-10", "2005-10-19", local_title=NZ_FM)]),
    P("Winston Peters", "m", NZ, [],
      [O("Foreign Minister", NZ, "2005-10-19", "2008-08-29", local_title=NZ_FM,
         note="stood aside on 29 August 2008; the Prime Minister acted"),
       O("Foreign Minister", NZ, "2017-10-26", "2020-11-06", local_title=NZ_FM),
       O("Foreign Minister", NZ, "2023-11-27", None, local_title=NZ_FM, note=NZ_2026, checked_until="2026-11-07")], born=1945),
    P("Murray McCully", "m", NZ, [],
      [O("Foreign Minister", NZ, "2008-11-19", "2017-05-02", local_title=NZ_FM)]),
    P("Gerry Brownlee", "m", NZ, [],
      [O("Foreign Minister", NZ, "2017-05-02", "2017-10-26", local_title=NZ_FM)]),
    P("Nanaia Mahuta", "f", NZ, [],
      [O("Foreign Minister", NZ, "2020-11-06", "2023-11-27", local_title=NZ_FM)]),
]

CA_FM = "Minister of Foreign Affairs"
CANADA = [
    P("Jean Chrétien", "m", CA, [], [O("Prime Minister", CA, "1993-11-04", "2003-12-12")]),
    P("Paul Martin", "m", CA, [], [O("Prime Minister", CA, "2003-12-12", "2006-02-06")]),
    P("Stephen Harper", "m", CA, [], [O("Prime Minister", CA, "2006-02-06", "2015-11-04")], born=1959),
    P("Justin Trudeau", "m", CA, [], [O("Prime Minister", CA, "2015-11-04", "2025-03-14")],
      qid="Q3099714", born=1971),
    P("Mark Carney", "m", CA, [], [O("Prime Minister", CA, "2025-03-14", None)], born=1965),
    P("John Manley", "m", CA, [], [O("Foreign Minister", CA, "2000-10-17", "2002-01-15", local_title=CA_FM)]),
    P("Bill Graham", "m", CA, [], [O("Foreign Minister", CA, "2002-01-16", "2004-07-20", local_title=CA_FM)],
      wiki="Bill_Graham_(Canadian_politician)"),
    P("Pierre Pettigrew", "m", CA, [], [O("Foreign Minister", CA, "2004-07-20", "2006-02-06", local_title=CA_FM)]),
    P("Peter MacKay", "m", CA, [], [O("Foreign Minister", CA, "2006-02-06", "2007-08-14", local_title=CA_FM)]),
    P("Maxime Bernier", "m", CA, [], [O("Foreign Minister", CA, "2007-08-14", "2008-05-26", local_title=CA_FM)]),
    P("Lawrence Cannon", "m", CA, [], [O("Foreign Minister", CA, "2008-10-30", "2011-05-18", local_title=CA_FM)]),
    P("John Baird", "m", CA, [], [O("Foreign Minister", CA, "2011-05-18", "2015-02-03", local_title=CA_FM)],
      wiki="John_Baird_(Canadian_politician)"),
    P("Rob Nicholson", "m", CA, [], [O("Foreign Minister", CA, "2015-02-09", "2015-11-04", local_title=CA_FM)]),
    P("Stéphane Dion", "m", CA, [], [O("Foreign Minister", CA, "2015-11-04", "2017-01-10", local_title=CA_FM)]),
    P("Chrystia Freeland", "f", CA, [], [O("Foreign Minister", CA, "2017-01-10", "2019-11-20", local_title=CA_FM)]),
    P("François-Philippe Champagne", "m", CA, [],
      [O("Foreign Minister", CA, "2019-11-20", "2021-01-12", local_title=CA_FM)]),
    P("Marc Garneau", "m", CA, [], [O("Foreign Minister", CA, "2021-01-12", "2021-10-26", local_title=CA_FM)]),
    P("Mélanie Joly", "f", CA, [], [O("Foreign Minister", CA, "2021-10-26", "2025-05-13", local_title=CA_FM)]),
    P("Anita Anand", "f", CA, [], [O("Foreign Minister", CA, "2025-05-13", None, local_title=CA_FM)]),
]

FS = "Foreign Secretary"
AA_COOPER = "https://www.aa.com.tr/en/europe/profile-yvette-cooper-britains-new-foreign-secretary/3679448"
UNITED_KINGDOM = [
    P("Elizabeth II", "f", UK, ["Queen Elizabeth II", "Queen Elizabeth"],
      [O("Queen", UK, "1952-02-06", "2022-09-08", WIKI + "Monarchy_of_the_United_Kingdom")],
      qid="Q9682", born=1926),
    P("Charles III", "m", UK, ["King Charles III", "King Charles", "Prince Charles"],
      [O("King", UK, "2022-09-08", None, WIKI + "Monarchy_of_the_United_Kingdom")],
      qid="Q43274", born=1948),
    P("Tony Blair", "m", UK, [], [O("Prime Minister", UK, "1997-05-02", "2007-06-27")], qid="Q9545", born=1953),
    P("Gordon Brown", "m", UK, [], [O("Prime Minister", UK, "2007-06-27", "2010-05-11")], qid="Q10648"),
    P("David Cameron", "m", UK, [],
      [O("Prime Minister", UK, "2010-05-11", "2016-07-13"),
       O("Foreign Minister", UK, "2023-11-13", "2024-07-05", local_title=FS)], qid="Q192", born=1966),
    P("Theresa May", "f", UK, [], [O("Prime Minister", UK, "2016-07-13", "2019-07-24")], qid="Q264766"),
    P("Boris Johnson", "m", UK, [],
      [O("Foreign Minister", UK, "2016-07-13", "2018-07-09", local_title=FS),
       O("Prime Minister", UK, "2019-07-24", "2022-09-06")], qid="Q180589", born=1964),
    P("Liz Truss", "f", UK, [],
      [O("Foreign Minister", UK, "2021-09-15", "2022-09-06", local_title=FS),
       O("Prime Minister", UK, "2022-09-06", "2022-10-25")]),
    P("Rishi Sunak", "m", UK, [], [O("Prime Minister", UK, "2022-10-25", "2024-07-05")], born=1980),
    P("Keir Starmer", "m", UK, ["Sir Keir Starmer"], [O("Prime Minister", UK, "2024-07-05", None)], born=1962),
    P("Robin Cook", "m", UK, [], [O("Foreign Minister", UK, "1997-05-02", "2001-06-08", local_title=FS)]),
    P("Jack Straw", "m", UK, [], [O("Foreign Minister", UK, "2001-06-08", "2006-05-05", local_title=FS)]),
    P("Margaret Beckett", "f", UK, [], [O("Foreign Minister", UK, "2006-05-05", "2007-06-27", local_title=FS)]),
    P("David Miliband", "m", UK, [], [O("Foreign Minister", UK, "2007-06-28", "2010-05-11", local_title=FS)]),
    P("William Hague", "m", UK, [], [O("Foreign Minister", UK, "2010-05-12", "2014-07-14", local_title=FS)]),
    P("Philip Hammond", "m", UK, [], [O("Foreign Minister", UK, "2014-07-14", "2016-07-13", local_title=FS)]),
    P("Jeremy Hunt", "m", UK, [], [O("Foreign Minister", UK, "2018-07-09", "2019-07-24", local_title=FS)]),
    P("Dominic Raab", "m", UK, [], [O("Foreign Minister", UK, "2019-07-24", "2021-09-15", local_title=FS)]),
    P("James Cleverly", "m", UK, [], [O("Foreign Minister", UK, "2022-09-06", "2023-11-13", local_title=FS)]),
    P("David Lammy", "m", UK, [],
      [O("Foreign Minister", UK, "2024-07-05", "2025-09-05", local_title=FS),
       O("Deputy Prime Minister", UK, "2025-09-05", None, AA_COOPER)]),
    P("Yvette Cooper", "f", UK, [],
      [O("Foreign Minister", UK, "2025-09-05", None, WIKI + "Yvette_Cooper", local_title=FS)], born=1969),
]

EC = "President of the European Commission"
ECO = "President of the European Council"
HR = "High Representative of the Union for Foreign Affairs and Security Policy"
EUROPEAN_UNION = [
    P("Romano Prodi", "m", "Q38", [], [O(EC, EU, "1999-09-16", "2004-11-21")]),
    P("José Manuel Barroso", "m", "Q45", ["José Manuel Durão Barroso", "Jose Manuel Barroso"],
      [O(EC, EU, "2004-11-22", "2014-10-31")]),
    P("Jean-Claude Juncker", "m", "Q32", [], [O(EC, EU, "2014-11-01", "2019-11-30")]),
    P("Ursula von der Leyen", "f", "Q183", [], [O(EC, EU, "2019-12-01", None)], born=1958),
    P("Herman Van Rompuy", "m", "Q31", [], [O(ECO, EU, "2009-12-01", "2014-11-30")]),
    P("Donald Tusk", "m", "Q36", [], [O(ECO, EU, "2014-12-01", "2019-11-30")]),
    P("Charles Michel", "m", "Q31", [], [O(ECO, EU, "2019-12-01", "2024-11-30")]),
    P("António Costa", "m", "Q45", ["Antonio Costa"], [O(ECO, EU, "2024-12-01", None)], born=1961),
    P("Javier Solana", "m", "Q29", [], [O(HR, EU, "1999-10-18", "2009-11-30")]),
    P("Catherine Ashton", "f", "Q145", ["Baroness Ashton", "Lady Ashton"], [O(HR, EU, "2009-12-01", "2014-10-31")]),
    P("Federica Mogherini", "f", "Q38", [], [O(HR, EU, "2014-11-01", "2019-11-30")]),
    P("Josep Borrell", "m", "Q29", ["Josep Borrell Fontelles"], [O(HR, EU, "2019-12-01", "2024-11-30")]),
    P("Kaja Kallas", "f", "Q191", [], [O(HR, EU, "2024-12-01", None)], born=1977),
]
