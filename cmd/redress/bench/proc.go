package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Usage is what a process has used so far, read from /proc (Linux only).
type Usage struct {
	RSSKB  int64         // resident now
	PeakKB int64         // the high-water mark of resident memory
	CPU    time.Duration // user + system
}

// clockTick is USER_HZ, 100 on every Linux this runs on.
const clockTick = 100

// ReadUsage reads the usage of process pid.
func ReadUsage(pid int) (Usage, error) {
	var u Usage
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return u, err
	}
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		switch f[0] {
		case "VmRSS:":
			u.RSSKB, _ = strconv.ParseInt(f[1], 10, 64)
		case "VmHWM:":
			u.PeakKB, _ = strconv.ParseInt(f[1], 10, 64)
		}
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return u, err
	}
	u.CPU, err = parseStatCPU(string(stat))
	return u, err
}

// parseStatCPU reads utime and stime (fields 14 and 15) of a /proc/PID/stat line; the
// command name in parentheses may hold spaces, so fields count from its closing one.
func parseStatCPU(stat string) (time.Duration, error) {
	end := strings.LastIndexByte(stat, ')')
	if end < 0 {
		return 0, fmt.Errorf("bench: unreadable stat %q", stat)
	}
	f := strings.Fields(stat[end+1:])
	if len(f) < 13 {
		return 0, fmt.Errorf("bench: short stat %q", stat)
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("bench: unreadable stat %q", stat)
	}
	return time.Duration(utime+stime) * time.Second / clockTick, nil
}
