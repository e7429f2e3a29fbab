// Package region names the places of inter-governmental cooperation and
// resolves them to stable codes: Indonesian provinces, regencies, cities and
// districts, Malaysian states, federal territories, divisions and border
// towns, countries, foreign partner regions, and the border posts where
// people and goods cross.
//
//	r, err := region.Find("Kab. Sanggau")   // Kabupaten Sanggau, code "61.03"
//	p, _ := region.ProvinceOf(r)             // Kalimantan Barat, "61", ISO "ID-KB"
//	r, _ = region.Lookup("MY-13")            // Sarawak
//	_, err = region.Find("Badau")            // *AmbiguousError: two kecamatan
//	for _, post := range region.PostsIn("61") { … } // PLBN Entikong, Aruk, …
//
// # Data
//
// The reference data is embedded from data/ (see data/NOTICE for sources,
// dates and licences) and loaded on first use, once, behind a sync.Once;
// importing the package costs nothing until then. It is loaded in two
// parts: Lookup, Find, FindExact, FindPost and Label first load the core,
// everything but the 7,285 districts of Indonesia (a fifth of the time
// and of the memory of the whole: 1.6 against 7.8 ms, 0.5 against 2.4 MB
// live in BenchmarkFirstLoad), and load the districts only for a code or
// a name that a district has (a list of the hashes of their names, built
// from the data and checked by the tests, tells which), for the typo
// search, and for Search, Children, Within and Define. The answers are
// the same either way (TestCoreSameAsFull, FuzzFind). After loading,
// every value is read-only and safe for concurrent use.
//
// # Codes
//
// A Region is identified by its Code, which is what it marshals to: the
// Kemendagri code for Indonesia ("61", "61.03", "61.03.21"), ISO 3166-2 for
// Malaysian states ("MY-13"), ISO 3166-1 alpha-2 for countries ("KR"), this
// package's own dotted extension for Sarawak and Sabah divisions and
// Malaysian towns ("MY-13.12", "MY-13.12.01"), and for foreign regions their
// ISO 3166-2 code ("KR-28") or, lacking one, country/slug ("SE/timra").
// Lookup accepts codes and ISO codes alike ("61" and "ID-KB"), and ISO
// 3166-1 alpha-3 for the embedded countries ("MYS", as UN Comtrade writes
// them).
//
// # Names
//
// Find reads names the way officials write them; see Gazetteer.Find for
// the rules, in short: case, spacing, punctuation and accents are ignored;
// level words and government words ("Kab.", "Kota", "Provinsi", "Pemprov",
// "Kecamatan", "Negeri", "Wilayah Persekutuan", "Bahagian") narrow the
// level; a trailing larger region narrows the place ("Zhejiang – RRT");
// among several regions of one name the larger wins, and a tie is an
// *AmbiguousError that lists the candidates. Short and former names
// (Kalbar, Kepri, Tangsel, TTU, Kabupaten Pontianak, Irian Jaya Barat) are
// data, in data/names.csv, not code. A name that fits nothing exactly is
// read with a bounded typo tolerance ("Kalimatan Barat"): one edit for
// names of 5 to 9 letters, two from 10, the first letter right, districts
// only after "Kecamatan", and only when exactly one region is that near;
// see TypoMinLetters. FindExact does without it. Search ranks candidates
// for user interfaces and suggests near spellings.
//
// A Malaysian town and its division share a name: the bare name is the
// division ("Kuching", MY-13.01); a city word makes it the town, as
// Indonesian and Malay texts write towns with a city or municipal council
// ("Kota Kuching", "Bandaraya Kuching", "Majlis Perbandaran Sibu", "Sibu
// Municipal Council", "Kota Serian", "Bandar Sri Aman": the town of Sri
// Aman Division, named Simanggang again since 2019).
//
// Foreign partners are written with their own countries' level words as
// well as Indonesian and English ones: "Gyeonggi-do", "Busan Metropolitan
// City", "Guangxi Zhuang", "Prefektur Kyoto", "Negara Bagian Queensland";
// they are found once defined (see Foreign partners), and reported as not
// found until then.
//
// # Border posts and pairs
//
// BorderPosts, PostsIn and FindPost give the border posts: the seven PLBN
// of Inpres 6/2015, the eleven of Inpres 1/2019 and traditional posts
// such as PLB Temajuk (facing Telok Melano), with the kecamatan each
// stands in, the post and region across the border, the mode of crossing
// and the year of inauguration, each with its sources
// (data/border-posts.csv). Pairs and FindPair give the regional border
// pairs of the Sosek Malindo forum.
//
// # Foreign partners
//
// Foreign local governments are open-ended. A Gazetteer layers the regions
// a user defines (Define: name, country, level, optional ISO 3166-2 code)
// over the embedded data, so that Find, Lookup, Search and Children see
// them; the package-level functions use Default. The foreign partners of
// Indonesian sister-province and sister-city agreements that public
// sources document — the four of the seed documents (Provinsi Incheon
// KR-28, Provinsi Zhejiang CN-ZJ, Kota Daejeon KR-30, Kota Timrå
// SE/timra) and 82 more, such as Negara Bagian Queensland (AU-QLD),
// Provinsi Fujian (CN-FJ), Kota Suwon, Kota Braunschweig and Fort Worth,
// with the Malaysian cities Kota Kinabalu, Johor Bahru, Seremban and
// Langkawi — are embedded (data/partners.csv, sources in
// data/partners-sources.md) through the same rules as Define, with the
// Indonesian and Malay names texts use ("Australia Barat", "Jeolla
// Selatan") in data/names.csv. Any other partner is defined by the
// program that needs it.
//
// # Design decisions
//
// Level constants are unprefixed (region.Province, region.Regency), as
// time.January is, so the function returning the province of a region is
// ProvinceOf. Region is a plain comparable struct with exported fields
// (the contract of DESIGN.md); the relations between regions are answered
// by the Gazetteer, not stored in the value. BorderPost is deliberately not
// called "PLB": in Indonesian that abbreviation is both the post (Pos
// Lintas Batas) and the border pass (Pas Lintas Batas).
package region
