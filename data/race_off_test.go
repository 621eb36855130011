//go:build !race

package data

// raceDetector says this test binary watches for data races (-race).
const raceDetector = false
