//go:build race

package trade

const raceEnabled = true
