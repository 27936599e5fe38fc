package anonymize

import (
	"strings"
	"unicode/utf8"
)

// Minority names with a middle dot (努尔兰·阿布都, 阿里木·买买提) and Latin-script names
// (Chen Jing, Winnie Lau, Mr. Fang, beautician Vivian, Eric哥).

// nameDots join the parts of a transcribed name.
var nameDots = []string{"·", "•", "‧", "・", "．", "･", "."}

// dotNames finds names whose parts are joined by a middle dot, and then every later
// occurrence of each part of two or more characters alone.
func (s *scanner) dotNames() {
	t := s.text
	var parts []string
	for _, dot := range nameDots {
		for off := 0; ; {
			k := strings.Index(t[off:], dot)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(dot)
			a := s.hanRunBefore(at)
			e := s.hanRunAfter(at + len(dot))
			if at-a < 2*3 || e-(at+len(dot)) < 2*3 {
				continue
			}
			// further parts: 阿卜杜·热合曼·买买提
			for strings.HasPrefix(t[e:], dot) {
				e2 := s.hanRunAfter(e + len(dot))
				if e2-(e+len(dot)) < 2*3 {
					break
				}
				e = e2
			}
			s.add(a, e, Name)
			for _, p := range strings.Split(t[a:e], dot) {
				parts = append(parts, p)
			}
			off = e
		}
	}
	for _, p := range parts {
		s.addAll(p)
	}
}

// hanRunBefore reads back the Han characters of a name part that ends at p: at most six,
// not across a function character, and not into the cue before it (我丈夫阿里木).
func (s *scanner) hanRunBefore(p int) int {
	t := s.text
	q := p
	for n := 0; n < 6 && q > 0; n++ {
		r, z := utf8.DecodeLastRuneInString(t[:q])
		if !isHan(r) || hanFlags(r)&fStop != 0 {
			break
		}
		// a cue word that ends here starts the name after it
		if s.cueEndsAt(q) && q < p {
			break
		}
		q -= z
	}
	return q
}

// cueEndsAt reports whether a name cue word ends at p.
func (s *scanner) cueEndsAt(p int) bool {
	for _, c := range nameCues {
		if strings.HasSuffix(s.text[:p], c) {
			return true
		}
	}
	return false
}

// hanRunAfter reads the Han characters of a name part that starts at p: at most six, up
// to a function character or a stop word after the first two.
func (s *scanner) hanRunAfter(p int) int {
	t := s.text
	q := p
	for n := 0; n < 6 && q < len(t); n++ {
		// transcriptions use function characters as sounds (阿不力孜): a boundary counts
		// from the third character on
		if n >= 2 && s.nameBoundary(q) {
			// Abdu is written 阿布都 or 阿不都: 都 is a sound there, not "all"
			if !(strings.HasPrefix(t[q:], "都") && (strings.HasSuffix(t[:q], "阿布") || strings.HasSuffix(t[:q], "阿不"))) {
				break
			}
		}
		r, z := utf8.DecodeRuneInString(t[q:])
		if !isHan(r) {
			break
		}
		q += z
	}
	return q
}

// latinSurnames are romanized Chinese surnames: Mandarin pinyin, Cantonese and Taiwanese
// spellings.
var latinSurnames = wordSet(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao cui zhong tan fan jin shi liao jia
xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo kong chang wen kang niu ge
xing an qi qiao pang ni zhuang nie yue zhai zhan ou geng guan lan jiao zuo gan bao ning shang shu ruan ke ji mei tong ling bi shan pei
huo tu miao sheng qu weng ran xin kan chan wong lee lau cheung ho ng leung lam tsang yip lai kwok chow fung lo chiu yeung mak ko law kwan
tse tam choi hui siu yuen lui cheuk ip au chu poon man tsui so sze yiu hung luk szeto hsu hsiao tsai kuo chiang tseng chou hsieh kao
chung shih chien teng tsao yen pai chin kang hsueh liao chuang`)

// latinGiven are common English given names.
var latinGiven = wordSet(`james john robert michael william david richard joseph thomas charles daniel matthew anthony mark donald steven
paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron henry adam peter nathan zachary
kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan billy jordan
albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene louis philip bobby johnny mary patricia jennifer linda elizabeth
barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine
christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan
evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy
sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
vivian winnie coco jacky ken kenny tony tommy tom ben sam alex max leo lily lucy cindy candy sandy wendy peggy jenny annie fiona
irene ivy joanna joey jojo kitty maggie mandy may nina queenie rita sally stella tina vicky yvonne zoe ada agnes bella carmen cathy
cherry connie daisy doris eva flora gigi hazel iris jade janet joyce karen kiki lulu mabel mimi molly monica nancy olive polly rose ruby
selina shirley sophie sylvia tiffany una venus violet wanda yoyo allen andy bill bob calvin carson cody colin derek dick edmund elvis
felix francis fred gordon harry hugo ivan jackie jimmy kelvin leon lewis marco martin nick oscar owen ray ricky simon stanley terence
victor vincent wilson ahmed mohammed ali omar fatima aisha chris leo chloe jessie yuki rahul priya raj ravi ananya arjun
kenji hiro sakura aiko min jun ji hyun soo yuna ethan mason lucas liam oliver elijah logan aiden jackson sebastian mateo isaac
evan jayden caleb nathaniel luke hunter carter owen wyatt julian levi isaiah landon gavin chase cooper eli miles jasper rex
zack zoey layla riley nora lily ellie aria scarlett hailey camila penelope luna mila avery abby leah audrey claire skylar
paisley everly anna caroline genesis emilia kennedy maya willow kinsley naomi elena sarah ariana allison gabriella alice
madelyn cora ruby eva serenity autumn adeline hailey gianna valentina isla eliana quinn nevaeh ivy sadie piper lydia alexa
josephine emery julia delilah arianna vivienne jessie joanne kathy cecilia eunice gloria hannah heidi iris janice jeanette
yvette bonnie winnie elaine esther rachel shelley sherry stephanie teresa tracy vera`)

// latinNotNames are capitalized words that follow a name cue in English text but are no names.
var latinNotNames = wordSet(`the a an this that my our your his her their and or but if when then so to for from with without of on in at
by as is was are were be been being i we you he she they it me us him them customer service manager store shop company hotline team
staff support sales department office center centre mall app wechat qq line email phone mobile tel order card bank may june april
august will mark bill rose sunshine happy lucky golden road street building tower plaza court house estate garden gardens avenue
lane bay district city village park station square carousell airbnb taobao tmall pinduoduo shopee lazada`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// latinTitles stand before a Latin-script name and belong to it (Mr. Fang, Brother Li).
var latinTitles = []string{"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Dr", "Madam", "Auntie", "Uncle", "Brother", "Sister", "Prof.", "Coach", "Master", "Aunt", "Officer"}

// latinCues stand before a Latin-script given name alone (beautician Vivian, 客服Amy).
var latinCues = wordSet(`beautician technician manager agent staff salesman saleswoman salesperson coach trainer teacher tutor driver
courier rider consultant advisor adviser representative rep named called i'm im am boss owner landlord tenant colleague friend son
daughter husband wife mother father mom mum dad grandma grandpa nurse doctor therapist stylist instructor host streamer seller buyer
complainant respondent guide foreman installer worker plumber electrician cleaner nanny broker realtor dealer vendor cashier`)

// latinNames finds Latin-script names.
func (s *scanner) latinNames() {
	t := s.text
	for i := 0; i < len(t); {
		// an apostrophe inside a word (don't) is no start, an opening quote ('Brother Liang') is
		quoteInWord := i > 0 && t[i-1] == '\'' && i >= 2 && isASCIILetter(t[i-2])
		if !isASCIILetter(t[i]) || (i > 0 && (isAtomByte(t[i-1]) || t[i-1] == '@' || t[i-1] == '.' || t[i-1] == '/' || quoteInWord)) {
			i++
			continue
		}
		we := i
		for we < len(t) && (isASCIILetter(t[we]) || t[we] == '\'' || t[we] == '-') {
			we++
		}
		if we < len(t) && (isASCIIDigit(t[we]) || t[we] == '_' || t[we] == '@') {
			for we < len(t) && isAtomByte(t[we]) {
				we++
			}
			i = we
			continue
		}
		if e := s.latinNameAt(i, we); e > i {
			// a closing quote is not part of the name ('Brother Liang')
			for e > i && t[e-1] == '\'' {
				e--
			}
			s.add(i, e, Name)
			i = e
			continue
		}
		i = we
	}
}

// nextWord returns the word that starts after one space at p (start, end), or p, p.
func (s *scanner) nextWord(p int) (int, int) {
	t := s.text
	q := p
	if q < len(t) && t[q] == ' ' {
		q++
	}
	e := q
	for e < len(t) && (isASCIILetter(t[e]) || t[e] == '\'' || t[e] == '-') {
		e++
	}
	if e == q || (e < len(t) && (isASCIIDigit(t[e]) || t[e] == '_' || t[e] == '@')) {
		return p, p
	}
	return q, e
}

func capitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// latinNameAt judges the word at [i, we) and returns the end of the name it starts, or i.
func (s *scanner) latinNameAt(i, we int) int {
	t := s.text
	w := t[i:we]
	// 阿May: a Cantonese nickname with a Latin-script name
	if i >= len("阿") && strings.HasSuffix(t[:i], "阿") && capitalized(w) && len(w) >= 2 {
		return we
	}
	for _, title := range latinTitles {
		if w == strings.TrimSuffix(title, ".") && (strings.HasSuffix(title, ".") == (we < len(t) && t[we] == '.')) {
			p := we
			if strings.HasSuffix(title, ".") {
				p++
			}
			a, e := s.nextWord(p)
			if e > a && capitalized(t[a:e]) && !latinNotNames[strings.ToLower(t[a:e])] {
				// Mr. Shen Guoliang: a given name of one or two syllables after the surname
				if a2, e2 := s.nextWord(e); e2 > a2 && capitalized(t[a2:e2]) && (latinSurnames[strings.ToLower(t[a2:e2])] ||
					pinyinish(strings.ToLower(t[a2:e2])) && !latinNotNames[strings.ToLower(t[a2:e2])]) {
					e = e2
				}
				return e
			}
			return i
		}
	}
	if !capitalized(w) {
		return i
	}
	lw := strings.ToLower(w)
	a2, e2 := s.nextWord(we)
	w2 := t[a2:e2]
	lw2 := strings.ToLower(w2)
	switch {
	// Winnie Lau, Grace Liu, Ryan Chen, Mary Lee
	case latinGiven[lw] && e2 > a2 && capitalized(w2) && latinSurnames[lw2]:
		return e2
	// Chen Jing, Zhang Wei: a surname and a capitalized syllable or two
	case latinSurnames[lw] && e2 > a2 && capitalized(w2) && pinyinish(lw2) && !latinNotNames[lw2]:
		return e2
	// Ahmed Karim: a known given name and a capitalized word
	case latinGiven[lw] && e2 > a2 && capitalized(w2) && !latinNotNames[lw2] && t[we] == ' ':
		return e2
	// Xiao Wang, Lao Li, Little Chen, Master Li, Old Wang
	case (lw == "xiao" || lw == "lao" || lw == "little" || lw == "master" || lw == "old" || lw == "big") && e2 > a2 && capitalized(w2) && latinSurnames[lw2]:
		return e2
	// Ah Keung, Ah Fook: a Cantonese nickname
	case lw == "ah" && e2 > a2 && capitalized(w2) && !latinNotNames[lw2] && t[we] == ' ':
		return e2
	}
	// A given name alone: a known one not glued to another capitalized word (Beauty Plus),
	// or any capitalized word after a cue (beautician Vivian) or before 哥/姐/仔.
	han, _ := s.runeAt(we)
	if (han == '哥' || han == '姐' || han == '仔' || han == '生') && len(w) >= 2 && !strings.EqualFold(w, "the") {
		return we + len("哥") // Eric哥, May姐, Ken仔
	}
	if latinNotNames[lw] {
		return i
	}
	if latinGiven[lw] && !(e2 > a2 && capitalized(w2) && we < len(t) && t[we] == ' ') {
		return we
	}
	if s.latinCueBefore(i) && len(w) >= 3 {
		// a surname may follow (我是Yuki Wang, Complainant Rahul Mehta)
		if e2 > a2 && t[we] == ' ' && capitalized(w2) && !latinNotNames[lw2] {
			return e2
		}
		return we
	}
	return i
}

// latinCueBefore reports whether an English cue word or a Chinese name cue stands right
// before p.
func (s *scanner) latinCueBefore(p int) bool {
	t := s.text
	q := p
	for q > 0 && (t[q-1] == ' ' || t[q-1] == ',' || t[q-1] == ':') {
		q--
	}
	if q < p && q > 0 && isASCIILetter(t[q-1]) {
		a := q
		for a > 0 && (isASCIILetter(t[a-1]) || t[a-1] == '\'') {
			a--
		}
		return latinCues[strings.ToLower(t[a:q])]
	}
	return q == p && s.cueEndsAt(p)
}

// pinyinish reports whether w could be one or two pinyin syllables (jing, wei, xiaoming).
func pinyinish(w string) bool {
	if len(w) < 1 || len(w) > 12 {
		return false
	}
	vowels := 0
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'a', 'e', 'i', 'o', 'u', 'v':
			vowels++
		case 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'w', 'x', 'y', 'z':
		default:
			return false
		}
	}
	return vowels > 0 && !strings.ContainsAny(w, "v")
}
