package session

import (
	"strconv"
	"strings"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/lang"
	"github.com/kerjasama/kerjasama/region"
	"golang.org/x/text/language"
)

// Titles follow the sessions' own documents:
//
//	id: Sidang ke-33 KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat Negeri Sarawak
//	ms: Sidang ke-33 JKK/KK Sosek Malindo Peringkat Negeri Sarawak – Tingkat Provinsi Kalimantan Barat
//	en: 33rd Session of the KK/JKK Sosek Malindo, West Kalimantan Province – Sarawak State
//
// Indonesian puts the Indonesian group (KK, "Tingkat Provinsi") first,
// Malay the Malaysian one (JKK, "Peringkat Negeri"). Ordinals come from the
// date package (date.AppendOrdinal).

// enDash separates the two sides in titles and pair names.
const enDash = " – "

// sideRegions returns the regions of one side of f's pair.
func (f *Forum) sideRegions(s Side) []region.Region {
	if f == nil || f.Pair.ID == "" {
		return nil
	}
	return f.Pair.Regions(s == Indonesia)
}

// name returns the override of Names for side and language, if any.
func (f *Forum) name(s Side, l lang.Lang) (string, bool) {
	if f == nil {
		return "", false
	}
	for _, n := range f.Names {
		if n.Side == s && lang.Of(language.Make(n.Lang)) == l {
			return n.Name, true
		}
	}
	return "", false
}

// regionNames joins the names of rs in language t with "/", as the Riau
// series writes "Riau/Kepulauan Riau".
func regionNames(rs []region.Region, t language.Tag) string {
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = r.Label(t)
	}
	return strings.Join(names, "/")
}

// districtName returns the name of the district of one side of a
// district forum as that side writes it, "" when unknown: Indonesian
// regencies and kecamatan by their Indonesian names ("Kabupaten Sanggau",
// "Kecamatan Entikong"), Malaysian divisions with the Malay word
// ("Bahagian Serian") and towns by their names ("Tebedu"); in English
// "Sanggau Regency", "Serian Division".
func (f *Forum) districtName(s Side, t language.Tag) string {
	code := f.Districts.Indonesian
	if s == Malaysia {
		code = f.Districts.Malaysian
	}
	r, ok := region.Lookup(code)
	if !ok {
		return ""
	}
	if lang.Of(t) == lang.English {
		return r.Label(t)
	}
	switch r.Level {
	case region.District:
		if s == Indonesia {
			return "Kecamatan " + r.Name
		}
		return "Daerah " + r.Label(language.Malay)
	case region.Division:
		return "Bahagian " + r.Label(language.Malay)
	}
	if s == Indonesia {
		return r.Name
	}
	return r.Label(language.Malay)
}

// Level words of each side. Indonesian documents write "Tingkat Provinsi"
// for their side and "Peringkat Negeri" for the Malaysian one, and Malay
// documents the same, so the words belong to the side, not the language;
// English translates them.
func sideScope(s Side, rs []region.Region, t language.Tag) string {
	l := lang.Of(t)
	if l == lang.English {
		if s == Indonesia {
			return regionNames(rs, t) + " Province"
		}
		return regionNames(rs, t) + " State"
	}
	// Region names in their own language: Indonesian names for Indonesian
	// regions, Malay for Malaysian ones.
	if s == Indonesia {
		return "Tingkat Provinsi " + regionNames(rs, language.Indonesian)
	}
	return "Peringkat Negeri " + regionNames(rs, language.Malay)
}

// Name returns the name of one side's working group of f in the language
// of t: "KK Sosek Malindo Tingkat Provinsi Kalimantan Barat", "JKK Sosek
// Malindo Peringkat Negeri Sarawak", in English "KK Sosek Malindo of West
// Kalimantan Province". Above regional level it is the group's name alone
// ("KK Sosek Malindo", "GBC Malindo"). An entry of f.Names overrides it.
func (f *Forum) Name(s Side, t language.Tag) string {
	l := lang.Of(t)
	if n, ok := f.name(s, l); ok {
		return n
	}
	if f == nil {
		return ""
	}
	switch f.Level {
	case GBC, HLC, SPC:
		return strings.ToUpper(f.Level.String()) + " Malindo"
	case District:
		d := f.districtName(s, t)
		if d == "" {
			return "Sosek Malindo"
		}
		if l == lang.English {
			return "Sosek Malindo of " + d
		}
		return "Sosek Malindo " + d
	}
	g := s.Group() + " Sosek Malindo"
	rs := f.sideRegions(s)
	if len(rs) == 0 {
		return g
	}
	if l == lang.English {
		return g + " of " + sideScope(s, rs, t)
	}
	return g + " " + sideScope(s, rs, t)
}

// Title returns the title of the session in the language of t (Indonesian,
// Malay, or English for any other tag), given its forum: "Sidang ke-33
// KK/JKK Sosek Malindo Tingkat Provinsi Kalimantan Barat – Peringkat
// Negeri Sarawak", "Sidang ke-26 (7) JKK/KK Sosek Malindo Peringkat Negeri
// Sabah – Tingkat Provinsi Kalimantan Utara", "33rd Session of the KK/JKK
// Sosek Malindo, West Kalimantan Province – Sarawak State". A nil forum
// gives the title without the forum's name.
func (s *Session) Title(f *Forum, t language.Tag) string {
	var b [160]byte
	return string(s.AppendTitle(b[:0], f, t))
}

// HostTitle returns the title in the host's language: Indonesian when
// Indonesia hosts, Malay when Malaysia does, the way each side heads its
// documents ("Mesyuarat … Sidang ke-36 JKK/KK Sosek Malindo Peringkat
// Negeri Sarawak – Tingkat Provinsi Kalimantan Barat" in Kuching). Without
// a host side it is the Indonesian title.
func (s *Session) HostTitle(f *Forum) string {
	if s.HostSide == Malaysia {
		return s.Title(f, language.Malay)
	}
	return s.Title(f, language.Indonesian)
}

// AppendTitle appends the title of the session to dst, as Title returns it.
func (s *Session) AppendTitle(dst []byte, f *Forum, t language.Tag) []byte {
	l := lang.Of(t)
	first, second := Indonesia, Malaysia
	if l.IsMalay() {
		first, second = Malaysia, Indonesia
	}
	group := ""
	if f != nil {
		switch f.Level {
		case GBC, HLC, SPC:
			group = strings.ToUpper(f.Level.String()) + " Malindo"
		case District:
			group = "Sosek Malindo"
		default:
			group = first.Group() + "/" + second.Group() + " Sosek Malindo"
		}
	}
	var scope string
	if f != nil && f.Level == Regional {
		a, b := f.sideRegions(first), f.sideRegions(second)
		if len(a) > 0 && len(b) > 0 {
			scope = sideScope(first, a, t) + enDash + sideScope(second, b, t)
		}
	}
	if f != nil && f.Level == District {
		if a, b := f.districtName(first, t), f.districtName(second, t); a != "" && b != "" {
			scope = a + enDash + b
		}
	}
	if l == lang.English {
		dst = date.AppendOrdinal(dst, s.Number, t)
		if s.Second > 0 {
			dst = append(dst, " ("...)
			dst = date.AppendOrdinal(dst, s.Second, t)
			dst = append(dst, ')')
		}
		dst = append(dst, " Session"...)
		if group != "" {
			dst = append(dst, " of the "...)
			dst = append(dst, group...)
		}
		if scope != "" {
			dst = append(dst, ", "...)
			dst = append(dst, scope...)
		}
		return dst
	}
	dst = append(dst, "Sidang "...)
	dst = date.AppendOrdinal(dst, s.Number, t)
	if s.Second > 0 {
		dst = append(dst, " ("...)
		dst = strconv.AppendInt(dst, int64(s.Second), 10)
		dst = append(dst, ')')
	}
	if group != "" {
		dst = append(dst, ' ')
		dst = append(dst, group...)
	}
	if scope != "" {
		dst = append(dst, ' ')
		dst = append(dst, scope...)
	}
	return dst
}

// Title returns the title of s, looking up its forum in d.
func (d *Dataset) Title(s *Session, t language.Tag) string {
	f, _ := d.Forum(s.Forum)
	return s.Title(f, t)
}

// TeamName returns the name of the technical team of a current field in
// the language of t: "Tim Teknis II" (Indonesian), "Tim Teknik II" (Malay),
// "Technical Team II" (English); "" for a former or unknown field.
func (f Field) TeamName(t language.Tag) string {
	n := f.Team()
	if n == 0 {
		return ""
	}
	switch l := lang.Of(t); {
	case l == lang.Indonesian:
		return "Tim Teknis " + date.FormatRoman(n)
	case l.IsMalay():
		return "Tim Teknik " + date.FormatRoman(n)
	}
	return "Technical Team " + date.FormatRoman(n)
}

// PaperName returns the name of the working paper of a current field in
// the language of t: "Kertas Kerja 2" (Indonesian and Malay), "Working
// Paper 2" (English); "" for a former or unknown field.
func (f Field) PaperName(t language.Tag) string {
	n := f.Team()
	if n == 0 {
		return ""
	}
	if lang.Of(t) == lang.English {
		return "Working Paper " + strconv.Itoa(n)
	}
	return "Kertas Kerja " + strconv.Itoa(n)
}

// Describe returns a short description of the meeting in the language of
// t: its kind, its number and its team, "Forum evaluasi kertas kerja Tim
// Teknis II", "Technical meeting".
func (m *Meeting) Describe(t language.Tag) string {
	s := m.Kind.Label(t)
	if m.Number > 0 {
		if lang.Of(t) == lang.English {
			s = date.FormatOrdinal(m.Number, t) + " " + s
		} else {
			s += " " + date.FormatOrdinal(m.Number, t)
		}
	}
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	if team := m.Field.TeamName(t); team != "" {
		if lang.Of(t) == lang.English {
			s += " of " + team
		} else {
			s += " " + team
		}
	}
	return s
}
