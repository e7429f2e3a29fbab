package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/region"
)

func init() {
	register(command{name: "region", summary: "find regions, border posts and border pairs by name or code", run: runRegion})
}

const regionUsage = `Usage: kerjasama region <find|show|search|posts|pairs> [flags] [arguments]

  find NAME...      resolve names as officials write them ("Kalbar", "Kab. Sanggau",
                    "Negeri Sarawak", "Provinsi Zhejiang – RRT") to codes
  show CODE...      everything about regions given by code or name ("61.03", "ID-KB",
                    "MY-13", "Entikong"): level, parents, children, border posts
  search QUERY      regions whose names fit QUERY, best first
  posts             border posts (PLBN and traditional crossings), filtered by
                    --province, --regency, --country or --kind
  pairs             the regional border pairs of the Sosek Malindo forum

Run "kerjasama region <subcommand> -h" for the flags.
`

func runRegion(c *cli, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(c.stderr, regionUsage)
		return exitUsage
	}
	switch args[0] {
	case "find":
		return runRegionFind(c, args[1:])
	case "show":
		return runRegionShow(c, args[1:])
	case "search":
		return runRegionSearch(c, args[1:])
	case "posts":
		return runRegionPosts(c, args[1:])
	case "pairs":
		return runRegionPairs(c, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprint(c.stdout, regionUsage)
		return exitOK
	}
	fmt.Fprint(c.stderr, regionUsage)
	return c.usageError("region: unknown subcommand %q (want find, show, search, posts or pairs)", args[0])
}

// regionFlags are the flags every region subcommand has.
type regionFlags struct {
	lang   *string
	asJSON *bool
}

func newRegionFlags(c *cli, name, synopsis, description string) (*flag.FlagSet, regionFlags) {
	fs := c.newFlagSet(name, synopsis, description)
	return fs, regionFlags{
		lang:   fs.String("lang", "id", "language of names and labels: id, ms, ms-BN or en; others fall back to en"),
		asJSON: fs.Bool("json", false, "write JSON (one array) instead of a table"),
	}
}

func (f regionFlags) tag(c *cli, cmd string) (language.Tag, bool) {
	tag, err := language.Parse(*f.lang)
	if err != nil {
		c.usageError("%s: bad --lang %q: %v", cmd, *f.lang, err)
		return language.Tag{}, false
	}
	return tag, true
}

// regionWriteJSON writes v as indented JSON.
func regionWriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func runRegionFind(c *cli, args []string) int {
	fs, f := newRegionFlags(c, "region find", "region find [flags] NAME...", `
Resolves each NAME to one region and prints its code, ISO code, level, name
and province. Names are read as officials write them: short names (Kalbar,
Kepri, DIY), level words (Kab., Kota, Prov., Kecamatan, Negeri, Wilayah
Persekutuan, Bahagian), government words (Pemprov, Pemkab, Pemkot), English
forms and a trailing country or province ("Provinsi Zhejiang – RRT",
"Badau, Kapuas Hulu"). A name that fits several regions equally well is an
error that lists them; the exit status is then 1.

Example:
  kerjasama region find Kalbar "Kab. Sanggau" "Negeri Sarawak"`)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) == 0 {
		return c.usageError("region find: no NAME given")
	}
	tag, ok := f.tag(c, "region find")
	if !ok {
		return exitUsage
	}
	status := exitOK
	var found []region.Summary
	tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	for _, name := range pos {
		r, err := region.Find(name)
		if err != nil {
			fmt.Fprintf(c.stderr, "kerjasama: %v\n", err)
			status = exitInput
			continue
		}
		if *f.asJSON {
			sum := region.Summarize(r, tag)
			sum.Query = name
			found = append(found, sum)
			continue
		}
		region.WriteRow(tw, r, tag)
	}
	tw.Flush()
	if *f.asJSON {
		if found == nil {
			found = []region.Summary{}
		}
		if err := regionWriteJSON(c.stdout, found); err != nil {
			return c.inputError(err)
		}
	}
	return status
}

func runRegionSearch(c *cli, args []string) int {
	fs, f := newRegionFlags(c, "region search", "region search [flags] QUERY", `
Prints the regions whose names fit QUERY, best first: the region "find"
would choose, then names that start with QUERY, then names with a word that
starts with it, then names that contain it, then (when nothing contains it)
names one or two letters away.

Example:
  kerjasama region search kapuas --limit 5`)
	limit := fs.Int("limit", 10, "most regions to print; 0 for all")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) == 0 {
		return c.usageError("region search: no QUERY given")
	}
	tag, ok := f.tag(c, "region search")
	if !ok {
		return exitUsage
	}
	q := strings.Join(pos, " ")
	rs := region.Search(q, *limit)
	if *f.asJSON {
		out := make([]region.Summary, 0, len(rs))
		for _, r := range rs {
			out = append(out, region.Summarize(r, tag))
		}
		if err := regionWriteJSON(c.stdout, out); err != nil {
			return c.inputError(err)
		}
	} else {
		tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
		for _, r := range rs {
			region.WriteRow(tw, r, tag)
		}
		tw.Flush()
	}
	if len(rs) == 0 {
		return c.inputError(fmt.Errorf("region search: nothing fits %q", q))
	}
	return exitOK
}

func runRegionShow(c *cli, args []string) int {
	fs, f := newRegionFlags(c, "region show", "region show [flags] CODE...", `
Shows everything about each region given by CODE (a Kemendagri code such as
61.03 or 61.03.21, an ISO code such as ID-KB, MY-13, KR-28, or any name
"region find" reads): its names, level, country, the regions it lies in, the
regions directly under it (the first 20 unless --all) and the border posts in
it.

Example:
  kerjasama region show 61.03`)
	all := fs.Bool("all", false, "list every subdivision, not only the first 20")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) == 0 {
		return c.usageError("region show: no CODE given")
	}
	tag, ok := f.tag(c, "region show")
	if !ok {
		return exitUsage
	}
	limit := 20
	if *all {
		limit = -1
	}
	var shown []region.Details
	status := exitOK
	for n, arg := range pos {
		r, ok := region.Lookup(arg)
		if !ok {
			var err error
			if r, err = region.Find(arg); err != nil {
				fmt.Fprintf(c.stderr, "kerjasama: %v\n", err)
				status = exitInput
				continue
			}
		}
		if *f.asJSON {
			shown = append(shown, region.Detail(r, tag))
			continue
		}
		if n > 0 {
			fmt.Fprintln(c.stdout)
		}
		region.WriteDetails(c.stdout, r, tag, limit)
	}
	if *f.asJSON {
		if shown == nil {
			shown = []region.Details{}
		}
		if err := regionWriteJSON(c.stdout, shown); err != nil {
			return c.inputError(err)
		}
	}
	return status
}

func runRegionPosts(c *cli, args []string) int {
	fs, f := newRegionFlags(c, "region posts", "region posts [flags]", `
Lists the border posts of Indonesia: Pos Lintas Batas Negara (PLBN) and
traditional crossings (a Pos Lintas Batas is a place; the Pas Lintas Batas
is a document and is not listed here). Columns: ID, name, mode, district,
regency or city, the post and region across the border, and the year the
present PLBN was inaugurated ("-" when not known or not yet built). Each
post's sources are in the JSON output (--json).

Example:
  kerjasama region posts --province 61
  kerjasama region posts --province Kaltara --country MY
  kerjasama region posts --kind traditional`)
	prov := fs.String("province", "", "only posts in this province (code, ISO code or name: 61, ID-KB, Kalbar)")
	reg := fs.String("regency", "", "only posts in this regency or city (code or name: 61.03, \"Kab. Sanggau\")")
	country := fs.String("country", "", "only posts facing this country (MY, TL, PG, or a name: Malaysia, Timor Leste)")
	kind := fs.String("kind", "", "only posts of this kind: plbn (Pos Lintas Batas Negara) or traditional (PLB)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) > 0 {
		return c.usageError("region posts: unexpected argument %q (filters are flags: --province, --regency, --country)", pos[0])
	}
	tag, ok := f.tag(c, "region posts")
	if !ok {
		return exitUsage
	}
	resolve := func(flagName, v string, levels ...region.Level) (region.Region, bool) {
		r, ok := region.Lookup(v)
		if !ok {
			var err error
			if r, err = region.Find(v); err != nil {
				c.inputError(fmt.Errorf("region posts: --%s: %w", flagName, err))
				return r, false
			}
		}
		for _, l := range levels {
			if r.Level == l {
				return r, true
			}
		}
		c.inputError(fmt.Errorf("region posts: --%s %q is %s %s, not a %s", flagName, v, r.Level, r.Name, levels[0]))
		return r, false
	}
	var filter region.PostFilter
	for _, fl := range []struct {
		name, value string
		code        *string
		levels      []region.Level
	}{
		{"province", *prov, &filter.Province, []region.Level{region.Province}},
		{"regency", *reg, &filter.Regency, []region.Level{region.Regency, region.City}},
		{"country", *country, &filter.Country, []region.Level{region.Country}},
	} {
		if fl.value != "" {
			r, ok := resolve(fl.name, fl.value, fl.levels...)
			if !ok {
				return exitInput
			}
			*fl.code = r.Code
		}
	}
	if *kind != "" {
		k, err := region.ParsePostKind(*kind)
		if err != nil {
			return c.usageError("region posts: bad --kind %q (want plbn or traditional)", *kind)
		}
		filter.Kind = k
	}
	posts := region.FilterPosts(region.BorderPosts(), filter)
	if *f.asJSON {
		out := make([]region.PostSummary, 0, len(posts))
		for _, p := range posts {
			out = append(out, p.Summary())
		}
		if err := regionWriteJSON(c.stdout, out); err != nil {
			return c.inputError(err)
		}
		return exitOK
	}
	region.WritePosts(c.stdout, posts, tag, "", true)
	return exitOK
}

func runRegionPairs(c *cli, args []string) int {
	fs, f := newRegionFlags(c, "region pairs", "region pairs [flags]", `
Lists the regional border pairs in which the Sosek Malindo forum works:
Kalimantan Barat–Sarawak, Kalimantan Utara–Sabah and Riau / Kepulauan
Riau–Melaka / Johor, with the codes of both sides.`)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagStatus(err)
	}
	if len(pos) > 0 {
		return c.usageError("region pairs: unexpected argument %q", pos[0])
	}
	if _, ok := f.tag(c, "region pairs"); !ok {
		return exitUsage
	}
	pairs := region.Pairs()
	if *f.asJSON {
		out := make([]region.PairSummary, 0, len(pairs))
		for _, p := range pairs {
			out = append(out, p.Summary())
		}
		if err := regionWriteJSON(c.stdout, out); err != nil {
			return c.inputError(err)
		}
		return exitOK
	}
	region.WritePairs(c.stdout, pairs)
	return exitOK
}
