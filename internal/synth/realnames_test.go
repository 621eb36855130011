package synth

import (
	"strings"
	"testing"
)

// Real countries, capitals and demonyms, for proving the generator cannot
// name a real place whatever the seed.
const realPlaces = `Afghanistan Kabul Afghan; Albania Tirana Albanian; Algeria Algiers Algerian;
Andorra Andorran; Angola Luanda Angolan; Antigua Barbuda; Argentina Buenos Aires Argentine Argentinian;
Armenia Yerevan Armenian; Australia Canberra Australian; Austria Vienna Austrian; Azerbaijan Baku Azerbaijani;
Bahamas Nassau Bahamian; Bahrain Manama Bahraini; Bangladesh Dhaka Bangladeshi; Barbados Bridgetown;
Belarus Minsk Belarusian; Belgium Brussels Belgian; Belize Belmopan; Benin Porto-Novo Beninese;
Bhutan Thimphu Bhutanese; Bolivia Sucre La Paz Bolivian; Bosnia Herzegovina Sarajevo Bosnian;
Botswana Gaborone; Brazil Brasilia Brazilian; Brunei Bandar Seri Begawan; Bulgaria Sofia Bulgarian;
Burkina Faso Ouagadougou; Burundi Gitega; Cambodia Phnom Penh Cambodian; Cameroon Yaounde Cameroonian;
Canada Ottawa Canadian; Cape Verde Praia; Chad Chadian; Chile Santiago Chilean; China Beijing Chinese;
Colombia Bogota Colombian; Comoros Moroni; Congo Kinshasa Brazzaville Congolese; Costa Rica San Jose;
Croatia Zagreb Croatian; Cuba Havana Cuban; Cyprus Nicosia Cypriot; Czechia Prague Czech;
Denmark Copenhagen Danish; Djibouti; Dominica Roseau; Dominican Santo Domingo; Ecuador Quito Ecuadorian;
Egypt Cairo Egyptian; El Salvador San Salvador; Equatorial Guinea Malabo; Eritrea Asmara Eritrean;
Estonia Tallinn Estonian; Eswatini Mbabane; Ethiopia Addis Ababa Ethiopian; Fiji Suva Fijian;
Finland Helsinki Finnish; France Paris French; Gabon Libreville; Gambia Banjul; Georgia Tbilisi Georgian;
Germany Berlin German; Ghana Accra Ghanaian; Greece Athens Greek; Grenada; Guatemala;
Guinea Conakry Bissau; Guyana Georgetown; Haiti Port-au-Prince Haitian; Honduras Tegucigalpa;
Hungary Budapest Hungarian; Iceland Reykjavik Icelandic; India New Delhi Indian; Indonesia Jakarta Indonesian;
Iran Tehran Iranian; Iraq Baghdad Iraqi; Ireland Dublin Irish; Israel Jerusalem Israeli; Italy Rome Italian;
Jamaica Kingston Jamaican; Japan Tokyo Japanese; Jordan Amman Jordanian; Kazakhstan Astana Kazakh;
Kenya Nairobi Kenyan; Kiribati Tarawa; Kosovo Pristina; Kuwait Kuwaiti; Kyrgyzstan Bishkek;
Laos Vientiane Lao; Latvia Riga Latvian; Lebanon Beirut Lebanese; Lesotho Maseru; Liberia Monrovia Liberian;
Libya Tripoli Libyan; Liechtenstein Vaduz; Lithuania Vilnius Lithuanian; Luxembourg;
Madagascar Antananarivo; Malawi Lilongwe; Malaysia Kuala Lumpur Malaysian; Maldives Male; Mali Bamako Malian;
Malta Valletta Maltese; Marshall Majuro; Mauritania Nouakchott; Mauritius Port Louis; Mexico Mexican;
Micronesia Palikir; Moldova Chisinau Moldovan; Monaco; Mongolia Ulaanbaatar Mongolian; Montenegro Podgorica;
Morocco Rabat Moroccan; Mozambique Maputo; Myanmar Naypyidaw Burmese; Namibia Windhoek; Nauru Yaren;
Nepal Kathmandu Nepali; Netherlands Amsterdam Dutch; New Zealand Wellington; Nicaragua Managua;
Niger Niamey; Nigeria Abuja Nigerian; North Korea Pyongyang Korean; North Macedonia Skopje; Norway Oslo Norwegian;
Oman Muscat Omani; Pakistan Islamabad Pakistani; Palau Ngerulmud; Palestine Ramallah Palestinian;
Panama Panamanian; Papua New Guinea Port Moresby; Paraguay Asuncion; Peru Lima Peruvian;
Philippines Manila Filipino; Poland Warsaw Polish; Portugal Lisbon Portuguese; Qatar Doha Qatari;
Romania Bucharest Romanian; Russia Moscow Russian; Rwanda Kigali Rwandan; Saint Kitts Basseterre;
Saint Lucia Castries; Saint Vincent Kingstown; Samoa Apia; San Marino; Sao Tome; Saudi Arabia Riyadh Saudi;
Senegal Dakar Senegalese; Serbia Belgrade Serbian; Seychelles Victoria; Sierra Leone Freetown;
Singapore Singaporean; Slovakia Bratislava Slovak; Slovenia Ljubljana Slovenian; Solomon Honiara;
Somalia Mogadishu Somali; South Africa Pretoria; South Korea Seoul; South Sudan Juba; Spain Madrid Spanish;
Sri Lanka Colombo; Sudan Khartoum Sudanese; Suriname Paramaribo; Sweden Stockholm Swedish;
Switzerland Bern Swiss; Syria Damascus Syrian; Taiwan Taipei Taiwanese; Tajikistan Dushanbe;
Tanzania Dodoma Tanzanian; Thailand Bangkok Thai; Timor Dili; Togo Lome; Tonga Nukualofa;
Trinidad Tobago Port of Spain; Tunisia Tunis Tunisian; Turkey Ankara Turkish; Turkmenistan Ashgabat;
Tuvalu Funafuti; Uganda Kampala Ugandan; Ukraine Kyiv Kiev Ukrainian; Emirates Abu Dhabi;
United Kingdom London British; United States Washington American; Uruguay Montevideo Uruguayan;
Uzbekistan Tashkent Uzbek; Vanuatu Port Vila; Vatican; Venezuela Caracas Venezuelan; Vietnam Hanoi Vietnamese;
Yemen Sanaa Yemeni; Zambia Lusaka Zambian; Zimbabwe Harare Zimbabwean`

func TestNoRealPlaceNames(t *testing.T) {
	t.Parallel()
	real := map[string]bool{}
	for _, group := range strings.Split(realPlaces, ";") {
		fields := strings.Fields(group)
		for _, f := range fields {
			real[strings.ToLower(f)] = true
		}
		real[strings.ToLower(strings.Join(fields, " "))] = true
	}
	names := AllNames()
	if len(names) < 1000 {
		t.Fatalf("AllNames gave %d names; the enumeration is incomplete", len(names))
	}
	// Words that are parts of real names but name nothing on their own.
	generic := map[string]bool{"port": true, "fort": true, "nova": true, "new": true, "san": true, "saint": true, "of": true, "north": true, "south": true, "united": true, "kingdom": true, "states": true, "republic": true, "la": true, "el": true, "cape": true}
	for _, n := range names {
		for _, w := range append([]string{n}, strings.Fields(n)...) {
			if real[strings.ToLower(w)] && !generic[strings.ToLower(w)] {
				t.Errorf("generated name %q contains the real name %q", n, w)
			}
		}
	}
}

// The enumeration must cover what the generator really makes, or the
// check above proves nothing.
func TestWorldNamesAreEnumerated(t *testing.T) {
	t.Parallel()
	all := map[string]bool{}
	for _, n := range AllNames() {
		all[n] = true
	}
	for seed := range int64(50) {
		w := New(seed).World()
		var got []string
		for _, c := range w.Countries {
			got = append(got, c.Name, c.Demonym, c.Capital)
		}
		got = append(got, w.Sea)
		got = append(got, w.Rivers...)
		got = append(got, w.Places...)
		for _, n := range got {
			if !all[n] {
				t.Fatalf("seed %d: %q is not in AllNames", seed, n)
			}
		}
	}
}
