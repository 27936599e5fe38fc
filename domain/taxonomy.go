package domain

import "slices"

// Category is a complaint category; Parent is "" for the first level.
// First-level codes follow the China Consumers' Association's complaint
// classification (中消协投诉分类); a second level's code is "<parent>.<sub>".
type Category struct {
	Code   string
	Parent string
	Names  Names
}

// Tag is a hot-topic tag.
type Tag struct {
	Code  string
	Names Names
}

// RejectReason is a ground for not accepting a complaint, with the rule it rests on.
type RejectReason struct {
	Code  string
	Names Names
	Basis Names
}

// categories lists the 26 first levels in the CCA's order, then the second
// levels grouped by parent in the same order.
var categories = []Category{
	// Goods (商品类).
	{"appliances", "", Names{"家用电子电器类", "家用電子電器類", "Household electronics and appliances"}},
	{"clothing_shoes", "", Names{"服装鞋帽类", "服裝鞋帽類", "Clothing, shoes and hats"}},
	{"food", "", Names{"食品类", "食品類", "Food"}},
	{"daily_goods", "", Names{"日用商品类", "日用商品類", "Daily-use goods"}},
	{"housing_building", "", Names{"房屋及建材类", "房屋及建材類", "Housing and building materials"}},
	{"vehicles", "", Names{"交通工具类", "交通工具類", "Vehicles"}},
	{"jewelry", "", Names{"首饰类", "首飾類", "Jewelry"}},
	{"health_products", "", Names{"保健品类", "保健品類", "Health products"}},
	{"medicine_medical", "", Names{"医药及医疗用品类", "醫藥及醫療用品類", "Medicines and medical supplies"}},
	{"agricultural_inputs", "", Names{"农用生产资料类", "農用生產資料類", "Agricultural inputs"}},
	{"tobacco_alcohol", "", Names{"烟、酒和饮料类", "煙、酒和飲料類", "Tobacco, alcohol and beverages"}},
	// Services (服务类).
	{"online_shopping", "", Names{"网络购物", "網絡購物", "Online shopping"}},
	{"internet_services", "", Names{"互联网服务", "互聯網服務", "Internet services"}},
	{"education_training", "", Names{"教育培训服务", "教育培訓服務", "Education and training services"}},
	{"telecom", "", Names{"电信服务", "電信服務", "Telecommunication services"}},
	{"travel", "", Names{"旅游服务", "旅遊服務", "Travel services"}},
	{"culture_entertainment", "", Names{"文化、娱乐、体育服务", "文化、娛樂、體育服務", "Culture, entertainment and sports services"}},
	{"home_renovation_property", "", Names{"房屋装修及物业服务", "房屋裝修及物業服務", "Home renovation and property management services"}},
	{"finance", "", Names{"金融服务", "金融服務", "Financial services"}},
	{"insurance", "", Names{"保险服务", "保險服務", "Insurance services"}},
	{"healthcare_services", "", Names{"卫生保健服务", "衛生保健服務", "Healthcare services"}},
	{"catering_lodging", "", Names{"餐饮和住宿服务", "餐飲和住宿服務", "Catering and accommodation services"}},
	{"beauty_personal_care", "", Names{"美容、美发、洗浴服务", "美容、美髮、洗浴服務", "Beauty, hairdressing and bathing services"}},
	{"postal_delivery", "", Names{"邮政业服务", "郵政業服務", "Postal and express delivery services"}},
	{"public_utilities", "", Names{"公用事业服务", "公用事業服務", "Public utility services"}},
	// Everything else (其他类).
	{"other", "", Names{"其他", "其他", "Other"}},

	{"appliances.mobile_phone", "appliances", Names{"手机", "手機", "Mobile phones"}},
	{"appliances.tv", "appliances", Names{"电视机", "電視機", "Televisions"}},
	{"appliances.air_conditioner", "appliances", Names{"空调器具", "空調器具", "Air conditioners"}},
	{"appliances.computer", "appliances", Names{"电脑及配件", "電腦及配件", "Computers and accessories"}},
	{"appliances.kitchen", "appliances", Names{"厨房电器", "廚房電器", "Kitchen appliances"}},
	{"appliances.small_appliance", "appliances", Names{"小家电", "小家電", "Small household appliances"}},

	{"clothing_shoes.clothing", "clothing_shoes", Names{"服装", "服裝", "Clothing"}},
	{"clothing_shoes.shoes", "clothing_shoes", Names{"鞋", "鞋", "Footwear"}},
	{"clothing_shoes.hats_accessories", "clothing_shoes", Names{"帽子及服饰配件", "帽子及服飾配件", "Hats and accessories"}},
	{"clothing_shoes.bags", "clothing_shoes", Names{"箱包", "箱包", "Bags and luggage"}},

	{"food.dairy", "food", Names{"乳制品", "乳製品", "Dairy products"}},
	{"food.meat_eggs", "food", Names{"肉禽蛋及其制品", "肉禽蛋及其製品", "Meat, poultry and eggs"}},
	{"food.grain_oil", "food", Names{"粮油", "糧油", "Grain and edible oil"}},
	{"food.snacks", "food", Names{"休闲食品", "休閒食品", "Snacks and packaged food"}},
	{"food.infant", "food", Names{"婴幼儿食品", "嬰幼兒食品", "Infant and baby food"}},

	{"daily_goods.cosmetics", "daily_goods", Names{"化妆品", "化妝品", "Cosmetics"}},
	{"daily_goods.cleaning", "daily_goods", Names{"洗涤用品", "洗滌用品", "Detergents and cleaning products"}},
	{"daily_goods.furniture", "daily_goods", Names{"家具", "家具", "Furniture"}},
	{"daily_goods.kitchenware", "daily_goods", Names{"厨具及餐具", "廚具及餐具", "Kitchenware and tableware"}},
	{"daily_goods.toys", "daily_goods", Names{"玩具", "玩具", "Toys"}},
	{"daily_goods.stationery_sports", "daily_goods", Names{"文体用品", "文體用品", "Stationery and sporting goods"}},

	{"housing_building.new_home", "housing_building", Names{"新建商品房", "新建商品房", "New-build homes"}},
	{"housing_building.second_hand_home", "housing_building", Names{"二手房", "二手房", "Second-hand homes"}},
	{"housing_building.building_materials", "housing_building", Names{"建筑材料", "建築材料", "Building materials"}},
	{"housing_building.sanitary_ware", "housing_building", Names{"卫浴洁具", "衛浴潔具", "Bathroom fixtures"}},
	{"housing_building.doors_windows", "housing_building", Names{"门窗", "門窗", "Doors and windows"}},

	{"vehicles.car", "vehicles", Names{"汽车", "汽車", "Cars"}},
	{"vehicles.ev_battery", "vehicles", Names{"新能源汽车及动力电池", "新能源汽車及動力電池", "New-energy vehicles and traction batteries"}},
	{"vehicles.parts", "vehicles", Names{"汽车零部件", "汽車零部件", "Vehicle parts and accessories"}},
	{"vehicles.motorcycle", "vehicles", Names{"摩托车", "摩托車", "Motorcycles"}},
	{"vehicles.e_bike", "vehicles", Names{"电动自行车", "電動自行車", "Electric bicycles"}},

	{"jewelry.gold_silver", "jewelry", Names{"金银饰品", "金銀飾品", "Gold and silver jewelry"}},
	{"jewelry.jade_gems", "jewelry", Names{"玉器及宝石", "玉器及寶石", "Jade and gemstones"}},
	{"jewelry.diamond", "jewelry", Names{"钻石饰品", "鑽石飾品", "Diamond jewelry"}},

	{"health_products.health_food", "health_products", Names{"保健食品", "保健食品", "Health foods"}},
	{"health_products.supplements", "health_products", Names{"膳食营养补充剂", "膳食營養補充劑", "Dietary supplements"}},
	{"health_products.health_devices", "health_products", Names{"保健器材", "保健器材", "Health devices"}},

	{"medicine_medical.drugs", "medicine_medical", Names{"药品", "藥品", "Medicines"}},
	{"medicine_medical.medical_devices", "medicine_medical", Names{"医疗器械", "醫療器械", "Medical devices"}},
	{"medicine_medical.consumables", "medicine_medical", Names{"医用耗材", "醫用耗材", "Medical consumables"}},

	{"agricultural_inputs.seeds", "agricultural_inputs", Names{"种子", "種子", "Seeds"}},
	{"agricultural_inputs.fertilizers", "agricultural_inputs", Names{"化肥", "化肥", "Fertilizers"}},
	{"agricultural_inputs.pesticides", "agricultural_inputs", Names{"农药", "農藥", "Pesticides"}},
	{"agricultural_inputs.feed", "agricultural_inputs", Names{"饲料", "飼料", "Animal feed"}},
	{"agricultural_inputs.farm_machinery", "agricultural_inputs", Names{"农机具", "農機具", "Farm machinery and tools"}},

	{"tobacco_alcohol.liquor", "tobacco_alcohol", Names{"酒类", "酒類", "Alcoholic drinks"}},
	{"tobacco_alcohol.beverages", "tobacco_alcohol", Names{"饮料", "飲料", "Soft drinks"}},
	{"tobacco_alcohol.bottled_water", "tobacco_alcohol", Names{"包装饮用水", "包裝飲用水", "Bottled water"}},
	{"tobacco_alcohol.tea", "tobacco_alcohol", Names{"茶叶", "茶葉", "Tea"}},
	{"tobacco_alcohol.tobacco", "tobacco_alcohol", Names{"烟草制品", "菸草製品", "Tobacco products"}},

	{"online_shopping.platform_direct", "online_shopping", Names{"平台自营", "平臺自營", "Platform-operated stores"}},
	{"online_shopping.marketplace", "online_shopping", Names{"平台内经营者", "平臺內經營者", "Third-party merchants on platforms"}},
	{"online_shopping.livestream", "online_shopping", Names{"直播带货", "直播帶貨", "Livestream shopping"}},
	{"online_shopping.social_commerce", "online_shopping", Names{"社交电商", "社交電商", "Social commerce"}},
	{"online_shopping.cross_border", "online_shopping", Names{"跨境电商", "跨境電商", "Cross-border e-commerce"}},

	{"internet_services.online_games", "internet_services", Names{"网络游戏", "網絡遊戲", "Online games"}},
	{"internet_services.subscriptions", "internet_services", Names{"会员及订阅服务", "會員及訂閱服務", "Memberships and subscriptions"}},
	{"internet_services.ride_hailing", "internet_services", Names{"网约车", "網約車", "Ride-hailing"}},
	{"internet_services.food_delivery", "internet_services", Names{"外卖平台", "外賣平臺", "Food-delivery platforms"}},
	{"internet_services.personal_data", "internet_services", Names{"个人信息保护", "個人信息保護", "Personal information protection"}},

	{"education_training.offline_courses", "education_training", Names{"线下培训课程", "線下培訓課程", "In-person training courses"}},
	{"education_training.online_courses", "education_training", Names{"在线教育", "在線教育", "Online education"}},
	{"education_training.vocational", "education_training", Names{"职业技能培训", "職業技能培訓", "Vocational skills training"}},
	{"education_training.driving_school", "education_training", Names{"驾驶培训", "駕駛培訓", "Driving schools"}},
	{"education_training.study_abroad", "education_training", Names{"留学中介", "留學中介", "Study-abroad agencies"}},

	{"telecom.mobile", "telecom", Names{"移动电话服务", "移動電話服務", "Mobile phone services"}},
	{"telecom.broadband", "telecom", Names{"宽带服务", "寬帶服務", "Broadband"}},
	{"telecom.value_added", "telecom", Names{"增值电信服务", "增值電信服務", "Value-added telecom services"}},
	{"telecom.number_porting", "telecom", Names{"携号转网", "攜號轉網", "Number portability"}},

	{"travel.package_tours", "travel", Names{"旅行社组团", "旅行社組團", "Package tours"}},
	{"travel.scenic_spots", "travel", Names{"景区服务", "景區服務", "Scenic spots"}},
	{"travel.online_travel", "travel", Names{"在线旅游平台", "在線旅遊平臺", "Online travel platforms"}},
	{"travel.air_tickets", "travel", Names{"机票", "機票", "Air tickets"}},

	{"culture_entertainment.fitness_prepaid", "culture_entertainment", Names{"健身预付卡", "健身預付卡", "Prepaid gym memberships"}},
	{"culture_entertainment.performances", "culture_entertainment", Names{"演出票务", "演出票務", "Performance tickets"}},
	{"culture_entertainment.cinema", "culture_entertainment", Names{"电影放映", "電影放映", "Cinemas"}},
	{"culture_entertainment.sports_venues", "culture_entertainment", Names{"体育场馆", "體育場館", "Sports venues"}},
	{"culture_entertainment.immersive_games", "culture_entertainment", Names{"剧本杀及密室逃脱", "劇本殺及密室逃脫", "Murder-mystery games and escape rooms"}},

	{"home_renovation_property.renovation", "home_renovation_property", Names{"家庭装修", "家庭裝修", "Home renovation"}},
	{"home_renovation_property.property_management", "home_renovation_property", Names{"物业服务", "物業服務", "Property management"}},
	{"home_renovation_property.real_estate_agency", "home_renovation_property", Names{"房地产中介", "房地產中介", "Real-estate agencies"}},
	{"home_renovation_property.rental", "home_renovation_property", Names{"住房租赁", "住房租賃", "Residential rentals"}},
	{"home_renovation_property.home_repair", "home_renovation_property", Names{"家居维修", "家居維修", "Household repairs"}},

	{"finance.bank_cards", "finance", Names{"银行卡", "銀行卡", "Bank cards"}},
	{"finance.consumer_credit", "finance", Names{"消费信贷", "消費信貸", "Consumer credit"}},
	{"finance.wealth_management", "finance", Names{"理财产品", "理財產品", "Wealth-management products"}},
	{"finance.payments", "finance", Names{"非银行支付", "非銀行支付", "Non-bank payment services"}},

	{"insurance.life", "insurance", Names{"人寿保险", "人壽保險", "Life insurance"}},
	{"insurance.health", "insurance", Names{"健康保险", "健康保險", "Health insurance"}},
	{"insurance.motor", "insurance", Names{"机动车辆保险", "機動車輛保險", "Motor vehicle insurance"}},
	{"insurance.property", "insurance", Names{"财产保险", "財產保險", "Property insurance"}},

	{"healthcare_services.medical", "healthcare_services", Names{"医疗服务", "醫療服務", "Medical services"}},
	{"healthcare_services.medical_aesthetics", "healthcare_services", Names{"医疗美容", "醫療美容", "Medical aesthetics"}},
	{"healthcare_services.dental", "healthcare_services", Names{"口腔医疗", "口腔醫療", "Dental care"}},
	{"healthcare_services.checkups", "healthcare_services", Names{"健康体检", "健康體檢", "Health check-ups"}},
	{"healthcare_services.elderly_care", "healthcare_services", Names{"养老服务", "養老服務", "Elderly care"}},

	{"catering_lodging.restaurants", "catering_lodging", Names{"餐馆", "餐館", "Restaurants"}},
	{"catering_lodging.hotels", "catering_lodging", Names{"酒店宾馆", "酒店賓館", "Hotels"}},
	{"catering_lodging.homestays", "catering_lodging", Names{"民宿", "民宿", "Homestays"}},
	{"catering_lodging.banquets", "catering_lodging", Names{"宴席服务", "宴席服務", "Banquets"}},

	{"beauty_personal_care.beauty_salon", "beauty_personal_care", Names{"美容", "美容", "Beauty salons"}},
	{"beauty_personal_care.hairdressing", "beauty_personal_care", Names{"美发", "美髮", "Hairdressing"}},
	{"beauty_personal_care.bathing_spa", "beauty_personal_care", Names{"洗浴及足疗", "洗浴及足療", "Bathing and foot massage"}},
	{"beauty_personal_care.nails_lashes", "beauty_personal_care", Names{"美甲美睫", "美甲美睫", "Nail and lash services"}},

	{"postal_delivery.express", "postal_delivery", Names{"快递服务", "快遞服務", "Express delivery"}},
	{"postal_delivery.postal", "postal_delivery", Names{"邮政普遍服务", "郵政普遍服務", "Universal postal service"}},
	{"postal_delivery.parcel_lockers", "postal_delivery", Names{"智能快件箱", "智能快件箱", "Parcel lockers"}},

	{"public_utilities.water", "public_utilities", Names{"供水", "供水", "Water supply"}},
	{"public_utilities.electricity", "public_utilities", Names{"供电", "供電", "Electricity supply"}},
	{"public_utilities.gas", "public_utilities", Names{"供气", "供氣", "Gas supply"}},
	{"public_utilities.heating", "public_utilities", Names{"供暖", "供暖", "Heating"}},
	{"public_utilities.public_transport", "public_utilities", Names{"公共交通", "公共交通", "Public transport"}},
}

// tags lists the hot-topic tags.
var tags = []Tag{
	{"ecommerce", Names{"电子商务", "電子商務", "E-commerce"}},
	{"elderly_health", Names{"老年人保健品消费", "老年人保健品消費", "Health products sold to the elderly"}},
	{"hidden_construction", Names{"住宅工程隐蔽性质量问题", "住宅工程隱蔽性質量問題", "Hidden defects in residential construction"}},
	{"minors_gaming", Names{"未成年人网络游戏消费", "未成年人網絡遊戲消費", "Minors' spending on online games"}},
	{"prepaid", Names{"预付式消费", "預付式消費", "Prepaid cards and memberships"}},
	{"livestream", Names{"直播带货", "直播帶貨", "Livestream shopping"}},
}

// Bases of the reject reasons. The market-regulation grounds are those of
// art. 15 of the 2019 interim measures (SAMR Order No. 20), cited by item;
// from 2026-04-15 the corresponding provision of their successor applies. The
// consumer-association kinds are those of the CCA's complaint rules, cited by
// name since the article numbering differs between versions.
var (
	samrSuccessor = Names{
		"；自2026年4月15日起以继任规章的相应规定为准",
		"；自2026年4月15日起以繼任規章的相應規定為準",
		"; from 15 April 2026, the corresponding provision of the successor measures",
	}
	samrMeasures = Names{
		"《市场监督管理投诉举报处理暂行办法》",
		"《市場監督管理投訴舉報處理暫行辦法》",
		"Interim Measures for Handling Complaints and Reports in Market Regulation, ",
	}
	ccaRules = Names{
		"《中国消费者协会受理消费者投诉规定》不予受理的情形：",
		"《中國消費者協會受理消費者投訴規定》不予受理的情形：",
		"CCA Provisions on Accepting Consumer Complaints, complaints not accepted: ",
	}
	ccaGuidelines = Names{
		"《消费者协会受理投诉工作导则》不予受理的情形：",
		"《消費者協會受理投訴工作導則》不予受理的情形：",
		"Consumer Associations' Guidelines on Accepting Complaints, complaints not accepted: ",
	}
)

// samrBasis cites the given article text of the 2019 interim measures and
// points to the successor.
func samrBasis(zhHans, zhHant, en string) Names {
	return Names{
		samrMeasures.ZhHans + zhHans + samrSuccessor.ZhHans,
		samrMeasures.ZhHant + zhHant + samrSuccessor.ZhHant,
		samrMeasures.En + en + samrSuccessor.En,
	}
}

// ruleBasis prepends a rule's name to the description of the case it covers.
func ruleBasis(rule Names, zhHans, zhHant, en string) Names {
	return Names{rule.ZhHans + zhHans, rule.ZhHant + zhHant, rule.En + en}
}

// rejectReasons lists the market-regulation grounds, then the consumer
// associations' not-accepted kinds.
var rejectReasons = []RejectReason{
	{"outside_scope",
		Names{"不属于受理范围", "不屬於受理範圍", "Outside the remit"},
		samrBasis("第十五条第一项", "第十五條第一項", "art. 15(1)")},
	{"already_handled",
		Names{"已由法院、仲裁机构、行政机关、消费者协会或其他调解组织受理或处理",
			"已由法院、仲裁機構、行政機關、消費者協會或其他調解組織受理或處理",
			"Already accepted or decided by a court, arbitration body, administrative agency, consumer association or other mediation body"},
		samrBasis("第十五条第二项", "第十五條第二項", "art. 15(2)")},
	{"not_personal_consumption",
		Names{"非生活消费需要或不能证明存在消费者权益争议",
			"非生活消費需要或不能證明存在消費者權益爭議",
			"Not for personal consumption, or no provable consumer dispute"},
		samrBasis("第十五条第三项", "第十五條第三項", "art. 15(3)")},
	{"time_barred",
		Names{"知道或应当知道权益受侵害之日起超过三年",
			"知道或應當知道權益受侵害之日起超過三年",
			"More than three years since the consumer knew or should have known of the harm"},
		samrBasis("第十五条第四项", "第十五條第四項", "art. 15(4)")},
	{"missing_material",
		Names{"未提供规定材料且未补正", "未提供規定材料且未補正", "Required material missing and not supplemented"},
		samrBasis("第十五条第五项（第九条第一款、第十条规定的材料）",
			"第十五條第五項（第九條第一款、第十條規定的材料）",
			"art. 15(5) (material required by arts. 9(1) and 10)")},
	{"identity_unverifiable",
		Names{"投诉人身份无法核实", "投訴人身份無法核實", "The complainant's identity cannot be verified"},
		samrBasis("第十五条第五项（第九条第一款第一项、第十条规定的投诉人及受托人身份信息）",
			"第十五條第五項（第九條第一款第一項、第十條規定的投訴人及受託人身份信息）",
			"art. 15(5) (identity of the complainant and of any agent, arts. 9(1)(i) and 10)")},
	{"other_legal_grounds",
		Names{"法律、法规、规章规定不予受理的其他情形", "法律、法規、規章規定不予受理的其他情形", "Other grounds under laws and regulations"},
		samrBasis("第十五条第六项", "第十五條第六項", "art. 15(6)")},

	{"business_to_business",
		Names{"经营者之间的纠纷", "經營者之間的糾紛", "Dispute between businesses"},
		ruleBasis(ccaRules, "经营者之间购销活动方面的纠纷", "經營者之間購銷活動方面的糾紛", "disputes between businesses over their purchases and sales")},
	{"no_respondent",
		Names{"被投诉方不明确", "被投訴方不明確", "No identifiable respondent"},
		ruleBasis(ccaRules, "被投诉方不明确的", "被投訴方不明確的", "the respondent is not clearly identified")},
	{"defect_disclosed",
		Names{"销售前已明示商品瑕疵", "銷售前已明示商品瑕疵", "Defect disclosed before the sale"},
		ruleBasis(ccaRules, "商品标明是“处理品”的", "商品標明是“處理品”的", "goods marked as sold with known defects (clearance goods)")},
	{"settled_no_new_grounds",
		Names{"已达成调解协议并已履行，且无新情况、新理由",
			"已達成調解協議並已履行，且無新情況、新理由",
			"Already settled and carried out, with no new facts or grounds"},
		ruleBasis(ccaRules, "争议双方曾达成调解协议并已执行，且没有新情况、新理由的",
			"爭議雙方曾達成調解協議並已執行，且沒有新情況、新理由的",
			"the parties reached a settlement that was carried out and there are no new facts or grounds")},
	{"investment_or_production",
		Names{"为投资或生产经营目的购买", "為投資或生產經營目的購買", "Purchase for investment or production"},
		Names{"《中华人民共和国消费者权益保护法》第二条（仅保护为生活消费需要购买、使用商品或者接受服务的消费者）",
			"《中華人民共和國消費者權益保護法》第二條（僅保護為生活消費需要購買、使用商品或者接受服務的消費者）",
			"Law of the People's Republic of China on the Protection of Consumer Rights and Interests, art. 2 (protects purchases and use for daily consumption only)"}},
	{"no_evidence",
		Names{"无证据证明所诉事项", "無證據證明所訴事項", "No evidence of the claim"},
		ruleBasis(ccaGuidelines, "投诉人不能提供证明其诉求的证据", "投訴人不能提供證明其訴求的證據", "the complainant cannot produce evidence of the claim")},
	{"assigned_by_law",
		Names{"依法应由其他机关处理", "依法應由其他機關處理", "Assigned by law to another body"},
		ruleBasis(ccaGuidelines, "法律、法规规定应由其他机关处理的", "法律、法規規定應由其他機關處理的", "matters that laws or regulations assign to another body")},
	{"misuse",
		Names{"消费者使用不当造成损害", "消費者使用不當造成損害", "Damage from the consumer's own misuse"},
		ruleBasis(ccaRules, "未按商品使用说明安装、使用、保管或自行拆动而导致商品损坏或人身危害的",
			"未按商品使用說明安裝、使用、保管或自行拆動而導致商品損壞或人身危害的",
			"damage or injury caused by installing, using or storing goods against the instructions, or by taking them apart")},
	{"other",
		Names{"其他", "其他", "Other"},
		ruleBasis(ccaRules, "不符合国家法律、法规有关规定的", "不符合國家法律、法規有關規定的", "other cases that do not meet the requirements of national laws and regulations")},
}

// indexTaxonomy maps each item's code to its position in items.
func indexTaxonomy[T any](items []T, code func(T) string) map[string]int {
	m := make(map[string]int, len(items))
	for i, it := range items {
		m[code(it)] = i
	}
	return m
}

var (
	categoryIndex     = indexTaxonomy(categories, func(c Category) string { return c.Code })
	tagIndex          = indexTaxonomy(tags, func(t Tag) string { return t.Code })
	rejectReasonIndex = indexTaxonomy(rejectReasons, func(r RejectReason) string { return r.Code })
)

// Categories returns the complaint taxonomy: the 26 first levels in the CCA's
// order, then the second levels grouped by parent in the same order. The slice
// is a copy the caller may modify.
func Categories() []Category { return slices.Clone(categories) }

// FindCategory returns the category with the given code, first or second level.
func FindCategory(code string) (Category, bool) {
	i, ok := categoryIndex[code]
	if !ok {
		return Category{}, false
	}
	return categories[i], true
}

// Tags returns the hot-topic tags. The slice is a copy the caller may modify.
func Tags() []Tag { return slices.Clone(tags) }

// FindTag returns the hot-topic tag with the given code.
func FindTag(code string) (Tag, bool) {
	i, ok := tagIndex[code]
	if !ok {
		return Tag{}, false
	}
	return tags[i], true
}

// RejectReasons returns the grounds for not accepting a complaint: those of the
// market-regulation complaint rules, then the consumer associations' kinds. The
// slice is a copy the caller may modify.
func RejectReasons() []RejectReason { return slices.Clone(rejectReasons) }

// FindRejectReason returns the reject reason with the given code.
func FindRejectReason(code string) (RejectReason, bool) {
	i, ok := rejectReasonIndex[code]
	if !ok {
		return RejectReason{}, false
	}
	return rejectReasons[i], true
}
