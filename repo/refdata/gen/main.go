// Command gen adds the Traditional Chinese and English names to divisions.tsv: Traditional
// by OpenCC's Simplified-to-Traditional conversion, English for the provinces from their
// official romanization (lower levels keep the Chinese name, as addresses are written).
// Run it in repo/refdata/gen: go run . < ../divisions.tsv > /tmp/d.tsv && mv /tmp/d.tsv ../divisions.tsv
// (it reads the first four columns, so it can run again on its own output).
//
// It is a module of its own so that the server does not depend on OpenCC.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/longbridgeapp/opencc"
)

var provincesEn = map[string]string{
	"11": "Beijing", "12": "Tianjin", "13": "Hebei", "14": "Shanxi", "15": "Inner Mongolia",
	"21": "Liaoning", "22": "Jilin", "23": "Heilongjiang", "31": "Shanghai", "32": "Jiangsu",
	"33": "Zhejiang", "34": "Anhui", "35": "Fujian", "36": "Jiangxi", "37": "Shandong",
	"41": "Henan", "42": "Hubei", "43": "Hunan", "44": "Guangdong", "45": "Guangxi",
	"46": "Hainan", "50": "Chongqing", "51": "Sichuan", "52": "Guizhou", "53": "Yunnan",
	"54": "Xizang", "61": "Shaanxi", "62": "Gansu", "63": "Qinghai", "64": "Ningxia",
	"65": "Xinjiang", "71": "Taiwan", "81": "Hong Kong", "82": "Macao",
}

func main() {
	s2t, err := opencc.New("s2t")
	if err != nil {
		log.Fatal(err)
	}
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for n := 1; in.Scan(); n++ {
		f := strings.Split(in.Text(), "\t")
		if len(f) < 4 {
			log.Fatalf("line %d: want at least 4 fields", n)
		}
		f = f[:4]
		if n == 1 {
			fmt.Fprintln(out, strings.Join(append(f, "name_hant", "name_en"), "\t"))
			continue
		}
		hant, err := s2t.Convert(f[1])
		if err != nil {
			log.Fatalf("line %d: %v", n, err)
		}
		en := f[1]
		if f[2] == "1" {
			if en = provincesEn[f[0][:2]]; en == "" {
				log.Fatalf("line %d: no English name for province %s", n, f[0])
			}
		}
		fmt.Fprintln(out, strings.Join(append(f, hant, en), "\t"))
	}
	if err := in.Err(); err != nil {
		log.Fatal(err)
	}
}
