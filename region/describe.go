package region

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/internal/lang"
)

// This file writes regions, border posts and border pairs for people:
// tables, a region's details, and flat records for JSON.

// A Summary is a region as a flat record for JSON: its codes, its name
// and label in one language, its level and country, and the province it
// lies in.
type Summary struct {
	Code     string `json:"code"`
	ISO      string `json:"iso,omitempty"`
	Name     string `json:"name"`
	Label    string `json:"label"`
	Level    string `json:"level"`
	Country  string `json:"country"`
	Parent   string `json:"parent,omitempty"`
	Province string `json:"province,omitempty"` // the code of the province r lies in, when it is not r
	Query    string `json:"query,omitempty"`    // the name the region was found by, set by the caller
}

// Summarize returns the summary of r with its label in the language of
// tag.
func Summarize(r Region, tag language.Tag) Summary {
	s := Summary{Code: r.Code, ISO: r.ISO, Name: r.Name, Label: r.Label(tag), Level: r.Level.String(),
		Country: r.Country, Parent: r.Parent}
	if p, ok := ProvinceOf(r); ok && p != r {
		s.Province = p.Code
	}
	return s
}

// dash returns s, or "-" for an empty s.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// WriteRow writes r as one tab-separated row for a text/tabwriter: code,
// ISO code, level, label, and the province (or else the country) it lies
// in; "-" for what it lacks.
func WriteRow(w io.Writer, r Region, tag language.Tag) {
	where := ""
	if p, ok := ProvinceOf(r); ok && p != r {
		where = p.Label(tag)
	} else if r.Level != Country {
		if cn, ok := Lookup(r.Country); ok {
			where = cn.Label(tag)
		}
	}
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", r.Code, dash(r.ISO), r.Level.Label(tag), r.Label(tag), dash(where))
}

// describeWords are the headings of WriteDetails and WritePosts: id, ms, en.
var describeWords = map[string][3]string{
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

// describeWord returns the heading key in the language of tag (lang.Of
// orders en, id, ms, ms-BN).
func describeWord(tag language.Tag, key string) string {
	return describeWords[key][[...]int{2, 0, 1, 1}[lang.Of(tag)]]
}

// Ancestors returns the regions r lies in, nearest first.
func Ancestors(r Region) []Region {
	var chain []Region
	for p, ok := Parent(r); ok; p, ok = Parent(p) {
		chain = append(chain, p)
	}
	return chain
}

// WriteDetails writes everything about r in the language of tag: its
// code, ISO code, names in every language, level, country, the regions it
// lies in, the regions directly under it (at most limit of them, then a
// count; limit < 0 for all) and the border posts in it.
func WriteDetails(w io.Writer, r Region, tag language.Tag, limit int) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%s:\t%s\n", describeWord(tag, "code"), r.Code)
	if r.ISO != "" {
		fmt.Fprintf(tw, "%s:\t%s\n", describeWord(tag, "iso"), r.ISO)
	}
	names := r.Name
	for _, t := range []language.Tag{language.Indonesian, language.Malay, language.English} {
		if l := r.Label(t); !strings.Contains(names, l) {
			names += " / " + l
		}
	}
	fmt.Fprintf(tw, "%s:\t%s\n", describeWord(tag, "name"), names)
	fmt.Fprintf(tw, "%s:\t%s\n", describeWord(tag, "level"), r.Level.Label(tag))
	if cn, ok := Lookup(r.Country); ok {
		fmt.Fprintf(tw, "%s:\t%s (%s)\n", describeWord(tag, "country"), cn.Label(tag), cn.Code)
	}
	if chain := Ancestors(r); len(chain) > 0 {
		var parts []string
		for _, p := range chain {
			parts = append(parts, p.Label(tag)+" ("+p.Code+")")
		}
		fmt.Fprintf(tw, "%s:\t%s\n", describeWord(tag, "within"), strings.Join(parts, ", "))
	}
	tw.Flush()
	if children := Children(r); len(children) > 0 {
		fmt.Fprintf(w, "%s (%d):\n", describeWord(tag, "children"), len(children))
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for i, ch := range children {
			if i == limit {
				fmt.Fprintf(tw, "  …\t(+%d, --all)\n", len(children)-limit)
				break
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", ch.Code, ch.Level.Label(tag), ch.Label(tag))
		}
		tw.Flush()
	}
	if posts := postsOf(r); len(posts) > 0 {
		fmt.Fprintf(w, "%s (%d):\n", describeWord(tag, "posts"), len(posts))
		WritePosts(w, posts, tag, "  ", false)
	}
}

// postsOf returns the border posts in r, none outside Indonesia.
func postsOf(r Region) []BorderPost {
	if r.Country != "ID" {
		return nil
	}
	return PostsIn(r.Code)
}

// A Details is a region with the regions it lies in, those directly under
// it and the IDs of the border posts in it, for JSON.
type Details struct {
	Summary
	Within   []Summary `json:"within"`
	Children []Summary `json:"children"`
	Posts    []string  `json:"posts"`
}

// Detail returns the details of r with labels in the language of tag.
func Detail(r Region, tag language.Tag) Details {
	d := Details{Summary: Summarize(r, tag), Within: []Summary{}, Children: []Summary{}, Posts: []string{}}
	for _, p := range Ancestors(r) {
		d.Within = append(d.Within, Summarize(p, tag))
	}
	for _, ch := range Children(r) {
		d.Children = append(d.Children, Summarize(ch, tag))
	}
	for _, p := range postsOf(r) {
		d.Posts = append(d.Posts, p.ID)
	}
	return d
}

// FacingLabel describes what lies across the border from p in the
// language of tag: "Tebedu, Sarawak, Malaysia", "Batugade, Timor Leste".
func (p BorderPost) FacingLabel(tag language.Tag) string {
	var parts []string
	add := func(s string) {
		if s != "" && (len(parts) == 0 || parts[len(parts)-1] != s) {
			parts = append(parts, s)
		}
	}
	add(p.Facing)
	if f, ok := Lookup(p.FacingRegion); ok {
		if f.Level != Town {
			add(f.Label(tag))
		}
		if st, ok := ProvinceOf(f); ok {
			add(st.Label(tag))
		}
		if cn, ok := Lookup(f.Country); ok {
			add(cn.Label(tag))
		}
	}
	return strings.Join(parts, ", ")
}

// WritePosts writes border posts as a table, each line after indent: ID,
// name, mode, district, regency, what lies across the border, year
// opened; with header, a line of headings first.
func WritePosts(w io.Writer, posts []BorderPost, tag language.Tag, indent string, header bool) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if header {
		fmt.Fprintf(tw, "%s%s\n", indent, strings.ReplaceAll(describeWord(tag, "postsHeader"), "|", "\t"))
	}
	for _, p := range posts {
		d, _ := Lookup(p.District)
		rg, _ := Lookup(p.Regency)
		opened := "-"
		if p.Opened != 0 {
			opened = strconv.Itoa(p.Opened)
		}
		mode := "-"
		if p.Mode != 0 {
			mode = p.Mode.Label(tag)
		}
		fmt.Fprintf(tw, "%s%s\t%s\t%s\t%s\t%s\t%s\t%s\n", indent, p.ID, p.Name, mode, d.Name, rg.Label(tag), dash(p.FacingLabel(tag)), opened)
	}
	tw.Flush()
}

// A PostSummary is a border post with every field as text, for JSON
// (a BorderPost marshals as its ID).
type PostSummary struct {
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

// Summary returns p as a flat record.
func (p BorderPost) Summary() PostSummary {
	m := ""
	if p.Mode != 0 {
		m = p.Mode.String()
	}
	return PostSummary{ID: p.ID, Name: p.Name, Kind: p.Kind.String(), Mode: m, District: p.District, Regency: p.Regency,
		Province: p.Province, Facing: p.Facing, FacingRegion: p.FacingRegion, Country: p.Country, Opened: p.Opened,
		Basis: p.Basis, Source: p.Source}
}

// A PostFilter selects border posts; its zero fields select all.
type PostFilter struct {
	Province, Regency, Country string // region codes
	Kind                       PostKind
}

// FilterPosts returns the posts of ps that f selects, in order.
func FilterPosts(ps []BorderPost, f PostFilter) []BorderPost {
	var out []BorderPost
	for _, p := range ps {
		if (f.Province == "" || p.Province == f.Province) && (f.Regency == "" || p.Regency == f.Regency) &&
			(f.Country == "" || p.Country == f.Country) && (f.Kind == 0 || p.Kind == f.Kind) {
			out = append(out, p)
		}
	}
	return out
}

// A PairSummary is a border pair with the codes of its regions on each
// side, for JSON.
type PairSummary struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Indonesian []string `json:"indonesian"`
	Malaysian  []string `json:"malaysian"`
}

// Summary returns p as a flat record.
func (p Pair) Summary() PairSummary {
	s := PairSummary{ID: p.ID, Name: p.String()}
	for _, r := range p.Regions(true) {
		s.Indonesian = append(s.Indonesian, r.Code)
	}
	for _, r := range p.Regions(false) {
		s.Malaysian = append(s.Malaysian, r.Code)
	}
	return s
}

// WritePairs writes border pairs as a table: ID, name, the codes of the
// Indonesian side, the codes of the Malaysian side.
func WritePairs(w io.Writer, pairs []Pair) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, p := range pairs {
		s := p.Summary()
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.ID, s.Name, strings.Join(s.Indonesian, ","), strings.Join(s.Malaysian, ","))
	}
	tw.Flush()
}
