package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
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

// regionJSON is how the command writes a region in JSON.
type regionJSON struct {
	Code     string `json:"code"`
	ISO      string `json:"iso,omitempty"`
	Name     string `json:"name"`
	Label    string `json:"label"`
	Level    string `json:"level"`
	Country  string `json:"country"`
	Parent   string `json:"parent,omitempty"`
	Province string `json:"province,omitempty"`
	Query    string `json:"query,omitempty"`
}

func toRegionJSON(r region.Region, tag language.Tag, query string) regionJSON {
	j := regionJSON{Code: r.Code, ISO: r.ISO, Name: r.Name, Label: r.Label(tag), Level: r.Level.String(),
		Country: r.Country, Parent: r.Parent, Query: query}
	if p, ok := region.ProvinceOf(r); ok && p != r {
		j.Province = p.Code
	}
	return j
}

// regionWriteJSON writes v as indented JSON.
func regionWriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// regionRow writes one region as a table row: code, ISO, level, name,
// and the province (or country) it lies in.
func regionRow(w io.Writer, r region.Region, tag language.Tag) {
	where := ""
	if p, ok := region.ProvinceOf(r); ok && p != r {
		where = p.Label(tag)
	} else if r.Level != region.Country {
		if cn, ok := region.Lookup(r.Country); ok {
			where = cn.Label(tag)
		}
	}
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", r.Code, regionDash(r.ISO), r.Level.Label(tag), r.Label(tag), regionDash(where))
}

// regionDash returns s, or "-" for an empty s.
func regionDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
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
	var found []regionJSON
	tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	for _, name := range pos {
		r, err := region.Find(name)
		if err != nil {
			fmt.Fprintf(c.stderr, "kerjasama: %v\n", err)
			status = exitInput
			continue
		}
		if *f.asJSON {
			found = append(found, toRegionJSON(r, tag, name))
			continue
		}
		regionRow(tw, r, tag)
	}
	tw.Flush()
	if *f.asJSON {
		if found == nil {
			found = []regionJSON{}
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
		out := make([]regionJSON, 0, len(rs))
		for _, r := range rs {
			out = append(out, toRegionJSON(r, tag, ""))
		}
		if err := regionWriteJSON(c.stdout, out); err != nil {
			return c.inputError(err)
		}
	} else {
		tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
		for _, r := range rs {
			regionRow(tw, r, tag)
		}
		tw.Flush()
	}
	if len(rs) == 0 {
		return c.inputError(fmt.Errorf("region search: nothing fits %q", q))
	}
	return exitOK
}

// regionWords are the headings of "region show", per language.
var regionWords = map[string][3]string{ // id, ms, en
	"code":     {"Kode", "Kod", "Code"},
	"iso":      {"ISO 3166", "ISO 3166", "ISO 3166"},
	"name":     {"Nama", "Nama", "Name"},
	"level":    {"Tingkat", "Peringkat", "Level"},
	"country":  {"Negara", "Negara", "Country"},
	"within":   {"Bagian dari", "Sebahagian daripada", "Part of"},
	"children": {"Wilayah di bawahnya", "Wilayah di bawahnya", "Subdivisions"},
	"posts":    {"Pos lintas batas", "Pos lintas sempadan", "Border posts"},
	"postsHeader": {
		"ID|Nama|Jalur|Kecamatan|Kabupaten/Kota|Seberang|Diresmikan",
		"ID|Nama|Laluan|Kecamatan|Kabupaten/Kota|Seberang sempadan|Dirasmikan",
		"ID|Name|Mode|District|Regency/City|Across the border|Opened",
	},
}

// regionWord returns the heading key in the language of tag (the
// columns of regionWords are id, ms, en; lang.Of orders en, id, ms, ms-BN).
func regionWord(tag language.Tag, key string) string {
	return regionWords[key][[...]int{2, 0, 1, 1}[lang.Of(tag)]]
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
	type showJSON struct {
		regionJSON
		Within   []regionJSON `json:"within"`
		Children []regionJSON `json:"children"`
		Posts    []string     `json:"posts"`
	}
	var shown []showJSON
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
		var chain []region.Region
		for p, ok := region.Parent(r); ok; p, ok = region.Parent(p) {
			chain = append(chain, p)
		}
		children := region.Children(r)
		var posts []region.BorderPost
		if r.Country == "ID" {
			posts = region.PostsIn(r.Code)
		}
		if *f.asJSON {
			s := showJSON{regionJSON: toRegionJSON(r, tag, ""), Within: []regionJSON{}, Children: []regionJSON{}, Posts: []string{}}
			for _, p := range chain {
				s.Within = append(s.Within, toRegionJSON(p, tag, ""))
			}
			for _, ch := range children {
				s.Children = append(s.Children, toRegionJSON(ch, tag, ""))
			}
			for _, p := range posts {
				s.Posts = append(s.Posts, p.ID)
			}
			shown = append(shown, s)
			continue
		}
		if n > 0 {
			fmt.Fprintln(c.stdout)
		}
		tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "%s:\t%s\n", regionWord(tag, "code"), r.Code)
		if r.ISO != "" {
			fmt.Fprintf(tw, "%s:\t%s\n", regionWord(tag, "iso"), r.ISO)
		}
		names := r.Name
		for _, t := range []language.Tag{language.Indonesian, language.Malay, language.English} {
			if l := r.Label(t); !strings.Contains(names, l) {
				names += " / " + l
			}
		}
		fmt.Fprintf(tw, "%s:\t%s\n", regionWord(tag, "name"), names)
		fmt.Fprintf(tw, "%s:\t%s\n", regionWord(tag, "level"), r.Level.Label(tag))
		if cn, ok := region.Lookup(r.Country); ok {
			fmt.Fprintf(tw, "%s:\t%s (%s)\n", regionWord(tag, "country"), cn.Label(tag), cn.Code)
		}
		if len(chain) > 0 {
			var parts []string
			for _, p := range chain {
				parts = append(parts, p.Label(tag)+" ("+p.Code+")")
			}
			fmt.Fprintf(tw, "%s:\t%s\n", regionWord(tag, "within"), strings.Join(parts, ", "))
		}
		tw.Flush()
		if len(children) > 0 {
			fmt.Fprintf(c.stdout, "%s (%d):\n", regionWord(tag, "children"), len(children))
			tw = tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
			for i, ch := range children {
				if i == 20 && !*all {
					fmt.Fprintf(tw, "  …\t(+%d, --all)\n", len(children)-20)
					break
				}
				fmt.Fprintf(tw, "  %s\t%s\t%s\n", ch.Code, ch.Level.Label(tag), ch.Label(tag))
			}
			tw.Flush()
		}
		if len(posts) > 0 {
			fmt.Fprintf(c.stdout, "%s (%d):\n", regionWord(tag, "posts"), len(posts))
			regionWritePosts(c.stdout, posts, tag, "  ", false)
		}
	}
	if *f.asJSON {
		if shown == nil {
			shown = []showJSON{}
		}
		if err := regionWriteJSON(c.stdout, shown); err != nil {
			return c.inputError(err)
		}
	}
	return status
}

// regionFacing describes what lies across the border from p: "Tebedu,
// Sarawak, Malaysia", "Batugade, Timor Leste".
func regionFacing(p region.BorderPost, tag language.Tag) string {
	var parts []string
	add := func(s string) {
		if s != "" && (len(parts) == 0 || parts[len(parts)-1] != s) {
			parts = append(parts, s)
		}
	}
	add(p.Facing)
	if f, ok := region.Lookup(p.FacingRegion); ok {
		if f.Level != region.Town {
			add(f.Label(tag))
		}
		if st, ok := region.ProvinceOf(f); ok {
			add(st.Label(tag))
		}
		if cn, ok := region.Lookup(f.Country); ok {
			add(cn.Label(tag))
		}
	}
	return strings.Join(parts, ", ")
}

// regionWritePosts writes border posts as a table: ID, name, kind, mode,
// district, regency, facing post and region, year opened.
func regionWritePosts(w io.Writer, posts []region.BorderPost, tag language.Tag, indent string, header bool) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if header {
		h := regionWords["postsHeader"]
		fmt.Fprintf(tw, "%s%s\n", indent, strings.ReplaceAll(h[[...]int{2, 0, 1, 1}[lang.Of(tag)]], "|", "\t"))
	}
	for _, p := range posts {
		d, _ := region.Lookup(p.District)
		rg, _ := region.Lookup(p.Regency)
		facing := regionFacing(p, tag)
		opened := "-"
		if p.Opened != 0 {
			opened = strconv.Itoa(p.Opened)
		}
		mode := "-"
		if p.Mode != 0 {
			mode = p.Mode.Label(tag)
		}
		fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s\t%s\t%s\t%s\n", indent, p.ID, p.Name, mode, d.Name, rg.Label(tag), regionDash(facing), opened)
	}
	tw.Flush()
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
	posts := region.BorderPosts()
	keep := func(pred func(region.BorderPost) bool) {
		out := posts[:0]
		for _, p := range posts {
			if pred(p) {
				out = append(out, p)
			}
		}
		posts = out
	}
	if *prov != "" {
		r, ok := resolve("province", *prov, region.Province)
		if !ok {
			return exitInput
		}
		keep(func(p region.BorderPost) bool { return p.Province == r.Code })
	}
	if *reg != "" {
		r, ok := resolve("regency", *reg, region.Regency, region.City)
		if !ok {
			return exitInput
		}
		keep(func(p region.BorderPost) bool { return p.Regency == r.Code })
	}
	if *country != "" {
		r, ok := resolve("country", *country, region.Country)
		if !ok {
			return exitInput
		}
		keep(func(p region.BorderPost) bool { return p.Country == r.Code })
	}
	if *kind != "" {
		k, err := region.ParsePostKind(*kind)
		if err != nil {
			return c.usageError("region posts: bad --kind %q (want plbn or traditional)", *kind)
		}
		keep(func(p region.BorderPost) bool { return p.Kind == k })
	}
	if *f.asJSON {
		// BorderPost marshals as its ID; the command writes every field.
		type postJSON struct {
			ID           string `json:"id"`
			Name         string `json:"name"`
			Kind         string `json:"kind"`
			Mode         string `json:"mode,omitempty"`
			District     string `json:"district"`
			Regency      string `json:"regency"`
			Province     string `json:"province"`
			Facing       string `json:"facing,omitempty"`
			FacingRegion string `json:"facing_region,omitempty"`
			Country      string `json:"country"`
			Opened       int    `json:"opened,omitempty"`
			Basis        string `json:"basis,omitempty"`
			Source       string `json:"source"`
		}
		out := make([]postJSON, 0, len(posts))
		for _, p := range posts {
			m := ""
			if p.Mode != 0 {
				m = p.Mode.String()
			}
			out = append(out, postJSON{ID: p.ID, Name: p.Name, Kind: p.Kind.String(), Mode: m,
				District: p.District, Regency: p.Regency, Province: p.Province, Facing: p.Facing,
				FacingRegion: p.FacingRegion, Country: p.Country, Opened: p.Opened, Basis: p.Basis, Source: p.Source})
		}
		if err := regionWriteJSON(c.stdout, out); err != nil {
			return c.inputError(err)
		}
		return exitOK
	}
	regionWritePosts(c.stdout, posts, tag, "", true)
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
		type pairJSON struct {
			ID         string   `json:"id"`
			Name       string   `json:"name"`
			Indonesian []string `json:"indonesian"`
			Malaysian  []string `json:"malaysian"`
		}
		out := make([]pairJSON, 0, len(pairs))
		for _, p := range pairs {
			j := pairJSON{ID: p.ID, Name: p.String()}
			for _, r := range p.Regions(true) {
				j.Indonesian = append(j.Indonesian, r.Code)
			}
			for _, r := range p.Regions(false) {
				j.Malaysian = append(j.Malaysian, r.Code)
			}
			out = append(out, j)
		}
		if err := regionWriteJSON(c.stdout, out); err != nil {
			return c.inputError(err)
		}
		return exitOK
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 4, 2, ' ', 0)
	for _, p := range pairs {
		var id, my []string
		for _, r := range p.Regions(true) {
			id = append(id, r.Code)
		}
		for _, r := range p.Regions(false) {
			my = append(my, r.Code)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", p.ID, p, strings.Join(id, ","), strings.Join(my, ","))
	}
	tw.Flush()
	return exitOK
}
