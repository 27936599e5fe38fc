package anonymize

import "strings"

// Addresses written in English: "Room 1502, Block 3, Sunshine Garden, 88 Jiefang Road,
// Xuhui District, Shanghai", "Apt 1802, Block 15, Ziyu Huafu, Changchun". An address is a
// run of comma-separated components; it is found where a flat or building component
// (Room 1502, Unit 2306) or a house number and a road (88 Jiefang Road) stands, and it
// takes in the components around it that are numbered or capitalized place words.

// enUnitWords start a numbered component of an English address.
var enUnitWords = wordSet("room rm flat unit apt apartment suite block blk building bldg tower floor lane no. no house group team")

// enRoadWords end a road's name.
var enRoadWords = wordSet("road rd street st avenue ave lane boulevard blvd highway way drive lu jie dao hutong alley")

// enDirections may follow a road's name (Austin Road West).
var enDirections = wordSet("east west north south middle central")

// enPlaceWords end a named place component (Sunshine Garden, Xuhui District).
var enPlaceWords = wordSet(`district city province county town village garden gardens estate court plaza mansion mansions centre center
square building tower residence residences villa villas park new huafu xiaoqu community industrial zone`)

// enComponent classifies the component text[a:e] (trimmed): 0 not an address part,
// 1 a numbered unit or building, 2 a house number and road, 3 a capitalized place.
func enComponent(c string) int {
	words := strings.Fields(c)
	if len(words) == 0 || len(words) > 6 {
		return 0
	}
	first := strings.ToLower(words[0])
	// No. 17 Lishan Road: the house number's own word before a house number and a road
	if (first == "no." || first == "no") && len(words) >= 3 && isASCIIDigit(words[1][0]) {
		if k := enComponent(strings.Join(words[1:], " ")); k == 2 {
			return 2
		}
	}
	hasDigit := strings.ContainsAny(c, "0123456789")
	if enUnitWords[first] && len(words) >= 2 && len(words) <= 3 && (hasDigit || len(words[1]) <= 2) {
		return 1
	}
	for _, w := range words {
		if !capitalized(w) && !isASCIIDigit(w[0]) {
			return 0
		}
	}
	last := strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))
	// 1 Austin Road West: a direction after the road
	if len(words) >= 3 && enDirections[last] {
		last = strings.ToLower(strings.TrimSuffix(words[len(words)-2], "."))
	}
	if isASCIIDigit(words[0][0]) && len(words) >= 2 && enRoadWords[last] {
		return 2
	}
	if hasDigit {
		return 0
	}
	if enRoadWords[last] && len(words) >= 2 {
		return 2
	}
	return 3
}

// englishAddresses finds English addresses.
func (s *scanner) englishAddresses() {
	t := s.text
	for i := 0; i < len(t); {
		if !isASCIILetter(t[i]) && !isASCIIDigit(t[i]) || (i > 0 && isAtomByte(t[i-1])) {
			i++
			continue
		}
		e := s.enAddressAt(i)
		if e > i {
			s.add(i, e, Address)
			i = e
			continue
		}
		for i < len(t) && isAtomByte(t[i]) {
			i++
		}
	}
}

// enAddressAt reads an English address that starts at i and returns its end, or i.
func (s *scanner) enAddressAt(i int) int {
	t := s.text
	w := i
	for w < len(t) && (isASCIILetter(t[w]) || t[w] == '.') {
		w++
	}
	if !isASCIIDigit(t[i]) && (w-i > 9 || !strings.ContainsRune("RrFfUuAaSsBbTtLlNnHhGg", rune(t[i])) || !enUnitWords[strings.ToLower(t[i:w])]) {
		return i
	}
	p, end := i, i
	kinds := 0
	strong := false
	for n := 0; n < 8; n++ {
		q := s.enComponentEnd(p)
		k := enComponent(t[p:q])
		if k == 0 && n >= 2 {
			// the last place may run into the sentence (…, Nanjing after three months)
			if c := s.capitalizedPrefix(p, q); c > p {
				q, k = c, 3
			}
		}
		if k == 0 || (n == 0 && k == 3) {
			break
		}
		if k == 1 || k == 2 {
			strong = true
		}
		kinds++
		end = len(strings.TrimRight(t[:q], " "))
		if q+1 < len(t) && t[q] == ',' {
			p = q + 1
			for p < len(t) && t[p] == ' ' {
				p++
			}
			continue
		}
		break
	}
	if !strong || kinds < 2 {
		return i
	}
	return end
}

// enComponentEnd returns where the address component that starts at p ends: at a comma,
// a semicolon, a full stop, a bracket, a line end or a non-ASCII character, and after at
// most 60 bytes.
func (s *scanner) enComponentEnd(p int) int {
	t := s.text
	q := p
	for q < len(t) && q-p < 60 {
		c := t[q]
		if c == ',' || c == ';' || c == '\n' || c == '(' || c >= 0x80 {
			break
		}
		// a full stop ends the sentence, not the "No." of a number
		if c == '.' && (q+1 == len(t) || t[q+1] == ' ' || t[q+1] == '\n') && !strings.HasSuffix(strings.ToLower(t[p:q]), "no") {
			break
		}
		q++
	}
	return q
}

// capitalizedPrefix returns the end of the capitalized words that start text[p:q], or p.
func (s *scanner) capitalizedPrefix(p, q int) int {
	t := s.text
	end := p
	for w := p; w < q; {
		e := w
		for e < q && isASCIILetter(t[e]) {
			e++
		}
		if e == w || !capitalized(t[w:e]) {
			break
		}
		end = e
		if e < q && t[e] == ' ' {
			w = e + 1
			continue
		}
		break
	}
	return end
}
