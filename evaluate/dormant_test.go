package evaluate

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/kerjasama/kerjasama/agreement"
	"github.com/kerjasama/kerjasama/date"
)

// TestDormantSinceAsGiven checks that the dormancy findings write the
// latest activity, or the start, as the source dates it ("sejak 2022",
// never "sejak 31 Desember 2022"), while the months count from the last
// day the date may stand for (date.Partial.HappenedBy).
func TestDormantSinceAsGiven(t *testing.T) {
	on := date.Date{Year: 2024, Month: time.June, Day: 30}
	tests := []struct {
		name   string
		a      agreement.Agreement
		code   Code
		months int
		want   map[string]string // message by language
		since  date.Partial
	}{
		{
			name: "an activity dated to the year",
			a: agreement.Agreement{ID: "a", Title: "MoU A", Signed: agreement.On(date.Date{Year: 2020, Month: 1, Day: 10}),
				Activities: []agreement.Activity{{Date: agreement.InYear(2022), Description: "business matching"}}},
			code: AgreementDormant, months: 17, since: date.InYear(2022),
			want: map[string]string{
				"id": "MoU A tidak mencatat kegiatan selama 17 bulan sejak 2022: hanya di atas kertas",
				"ms": "MoU A tidak merekodkan aktiviti selama 17 bulan sejak 2022: hanya di atas kertas",
				"en": "MoU A has recorded no activity for 17 months since 2022: on paper only",
			},
		},
		{
			name: "an activity dated to the month",
			a: agreement.Agreement{ID: "b", Title: "MoU B", Signed: agreement.On(date.Date{Year: 2020, Month: 1, Day: 10}),
				Activities: []agreement.Activity{{Date: agreement.InMonth(2022, time.June)}, {Date: agreement.InYear(2021)}}},
			code: AgreementDormant, months: 24, since: date.InMonth(2022, time.June),
			want: map[string]string{
				"id": "MoU B tidak mencatat kegiatan selama 24 bulan sejak Juni 2022: hanya di atas kertas",
				"ms": "MoU B tidak merekodkan aktiviti selama 24 bulan sejak Jun 2022: hanya di atas kertas",
				"en": "MoU B has recorded no activity for 24 months since June 2022: on paper only",
			},
		},
		{
			name: "an activity dated to the day",
			a: agreement.Agreement{ID: "c", Title: "MoU C", Signed: agreement.On(date.Date{Year: 2020, Month: 1, Day: 10}),
				Activities: []agreement.Activity{{Date: agreement.On(date.Date{Year: 2022, Month: 6, Day: 9})}}},
			code: AgreementDormant, months: 24, since: date.PartialOf(date.Date{Year: 2022, Month: 6, Day: 9}),
			want: map[string]string{
				"id": "MoU C tidak mencatat kegiatan selama 24 bulan sejak 9 Juni 2022: hanya di atas kertas",
				"ms": "MoU C tidak merekodkan aktiviti selama 24 bulan sejak 9 Jun 2022: hanya di atas kertas",
				"en": "MoU C has recorded no activity for 24 months since 9 June 2022: on paper only",
			},
		},
		{
			name: "no activity, signed in a year",
			a:    agreement.Agreement{ID: "d", Title: "LoI D", Signed: agreement.InYear(2013)},
			code: AgreementNoActivity, months: 125, since: date.InYear(2013),
			want: map[string]string{
				"id": "LoI D belum mencatat satu kegiatan pun sejak 2013 (125 bulan)",
				"ms": "LoI D belum merekodkan sebarang aktiviti sejak 2013 (125 bulan)",
				"en": "LoI D has recorded no activity since 2013 (125 months)",
			},
		},
	}
	for _, tt := range tests {
		e := Agreement(&tt.a, on, AgreementOptions{})
		var f *Finding
		for i := range e.Findings {
			if e.Findings[i].Code == tt.code {
				f = &e.Findings[i]
			}
		}
		if f == nil {
			t.Errorf("%s: no %s finding in %v", tt.name, tt.code, e.Findings)
			continue
		}
		if e.MonthsSince != tt.months {
			t.Errorf("%s: MonthsSince = %d, want %d", tt.name, e.MonthsSince, tt.months)
		}
		if v, _ := f.Figure("since"); v != tt.since {
			t.Errorf("%s: figure since = %#v, want %v", tt.name, v, tt.since)
		}
		got := map[string]string{}
		for _, tag := range []language.Tag{language.Indonesian, language.Malay, language.English} {
			got[tag.String()] = f.Message(tag)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: messages mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}
