// Generated from params/ by tests/pkg_fresh.rs (scripts/build-wasm.sh). Do not edit.
// The descriptions of the sources pkg/params.js cites (publisher, title, 文号, date,
// address), in the same line format, for that data only. Needed only where a source is
// shown: hand it over with load_data(text) after the data itself.
export default `F	2053	71db6a1f
N	CN	中华人民共和国（全国）	China (national parameters)	
S	chinadaily_rates	China Daily	Changes in Interest Rate (deposit and lending benchmark rates 2010-2012)		2011-06-22	https://global.chinadaily.com.cn/bizchina/monetarymoves/2011-06/22/content_12751847.htm
S	gh_calcs	GitHub public repositories (various independent authors)	Pension-calculator source files listing the national 记账利率 series and the 计发月数表 (find_string ids 55610373912, 53069599215, 69654938550, 70141104937, 56847253932, 53806967082, 53293172794, 71366713962, 24092186001, 57112497999)		2025-2026	
S	gov_guobanfa_2009_66	国务院办公厅（转发人力资源社会保障部、财政部）	城镇企业职工基本养老保险关系转移接续暂行办法	国办发〔2009〕66号	2009-12-28	
S	gov_guobanfa_2019_13	国务院办公厅	国务院办公厅关于印发降低社会保险费率综合方案的通知	国办发〔2019〕13号	2019-04-01	https://www.gov.cn/zhengce/content/2019-04/04/content_5379629.htm
S	gov_guofa_1978_104	国务院	国务院关于工人退休、退职的暂行办法 / 国务院关于安置老弱病残干部的暂行办法	国发〔1978〕104号	1978-06-02	
S	gov_guofa_1997_26	国务院	国务院关于建立统一的企业职工基本养老保险制度的决定	国发〔1997〕26号	1997-07-16	https://www.nmg.gov.cn/zwgk/zfgb/1997n_5293/199709/199707/t19970716_309391.html
S	gov_guofa_2005_38	国务院	国务院关于完善企业职工基本养老保险制度的决定（附件：个人账户养老金计发月数表）	国发〔2005〕38号	2005-12-03	https://www.gov.cn/zhengce/zhengceku/2008-03/28/content_7376.htm
S	gov_guofa_2009_32	国务院	国务院关于开展新型农村社会养老保险试点的指导意见	国发〔2009〕32号	2009-09-01	
S	gov_guofa_2014_8	国务院	国务院关于建立统一的城乡居民基本养老保险制度的意见 (English text on lexiscn.com)	国发〔2014〕8号	2014-02-21	https://www.lexiscn.com/law/law-english-1-2332946-T.html?eng=0
S	law_social_insurance_16	全国人民代表大会常务委员会	中华人民共和国社会保险法 第十六条	主席令第35号	2010-10-28	
S	mohrss_order_13	人力资源和社会保障部	实施《中华人民共和国社会保险法》若干规定（第二条：延长缴费、一次性缴费）	人力资源和社会保障部令第13号	2011-06-29	
S	nbs_wage_series	国家统计局	城镇非私营单位就业人员年平均工资（历年统计公报）			
S	news_12333si_2015	12333si.com (reprint of the MOHRSS/MOF notice text)	关于提高全国城乡居民基本养老保险基础养老金最低标准的通知（自2014年7月1日起提高至每人每月70元）		2015-01-29	http://www.12333si.com/dongtai/201501291314.html
S	news_163_2026	网易 (citing 央视新闻)	2026年政府工作报告：城乡居民基础养老金月最低标准再提高20元，由143元提升至163元		2026-03-05	https://m.163.com/dy/article/KNB3EMB70517U8MV.html
S	news_aietools_2016rate	aietools.com (translated Chinese press report)	Pension insurance bookkeeping interest rate soared to 8.31% (2016 individual-account rate)		2017	http://www.aietools.com/p-5272.html
S	news_cgtn_2017	CGTN (mirror on londonchinese.com)	China raises pension amid pressure (about 5.5% in 2017; 6.5% in 2016)		2017-04-18	https://londonchinese.com/portal.php?aid=21324&mod=view
S	news_chinadaily_2019	China Daily (mirror m.syxj.com.cn)	Govt raises basic pension of seniors (5%, effective Jan 1, 2019)		2019-03-20	http://m.syxj.com.cn/a/201903/20/WS5c91d266a3104842260b1989.html
S	news_chinadaily_2025_12	China Daily (mirror on syxj.com.cn)	Pension increases seen boosting consumption (minimum 55 -> 143 yuan after seven adjustments)		2025-12-26	http://www.syxj.com.cn/a/202512/26/WS694df701a310d6866eb309e0.html
S	news_cri_2014	CRI via hxen.net	Unification of Urban and Rural Pension System (rural basic pension 55 yuan/month)		2014-03-13	http://hxen.net/englishlistening/CRI/2014-03-13/335500.html
S	news_dragonplus_2025	dragonplusinsight.com	Rural and Urban Residents' Basic Pension increased by 20 yuan (123 -> 143 yuan)		2025-03	https://dragonplusinsight.com/rural-and-urban-residents-basic-pension-in-mainland-china-increased-by-20-yuan-heartbreaking/
S	news_globaltimes_2025	Global Times	China raises monthly pensions for retirees by 2%, effective Jan 1, 2025		2025-07-10	https://www.globaltimes.cn/page/202507/1338064.shtml
S	news_indiatips_2024	indiatips.in (reprint)	China raises national old-age pension by 3% (MOHRSS & MOF notice, Monday 2024-06-17)		2024-06-18	https://indiatips.in/2024/06/18/china-raises-national-old-age-pension-by-3/
S	news_newsflash_2024	newsflash.city	2024 government work report: resident basic pension minimum raised from 103 to 123 yuan		2024-03	https://newsflash.city/2403/4f956a0dd55bd34f.html
S	news_people_2022	People's Daily Online (Xinhua)	China continues to raise basic pension payments for retirees (4% in 2022; 4.5% in 2021)		2022-05-26	http://en.people.cn/n3/2022/0526/c90000-10102012.html
S	news_people_2023	People's Daily Online (Xinhua)	China continues to raise basic pension payments for retirees (3.8% in 2023)		2023-05-22	http://en.people.cn/n3/2023/0522/c90000-20022116.html
S	news_pm4x_2021	pm4x.cn (bilingual Xinhua item)	人社部通知：从2021年1月1日起总体调整水平为2020年月人均基本养老金的4.5%；2020年上调5%		2021-04	http://pm4x.cn/show-500-501402-1.html
S	news_workercn_2018	工人日报—中工网	全国城乡居民基础养老金最低标准提至每月88元（《关于2018年提高全国城乡居民基本养老保险基础养老金最低标准的通知》）		2018-05-12	https://workercn.cn/32850/201805/12/180512090649054.shtml
S	news_xinhua_2018	Xinhua (via hxen.net)	China raises basic pension payments by 5 pct (2018, from the beginning of the year)		2018-03-23	http://hxen.net/englishnews/nation/2018-03-24/492913.html
S	news_xinhua_2021	Xinhua via UrduPoint	China to raise basic pension payments by 4.5 pct (2021; 5% in 2020)		2021-04-16	https://www.urdupoint.com/en/miscellaneous/china-to-raise-basic-pension-payments-by-45-1225922.html
S	npc_2024_decision	全国人民代表大会常务委员会 / 国务院	全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（附：国务院关于渐进式延迟法定退休年龄的办法）		2024-09-13	https://www.gov.cn/yaowen/liebiao/202409/content_6974294.htm
S	page_divisor139	wodefinance.com / isslerlaw.com / flzsz.com	Resident individual-account pension = account balance / 139			https://wodefinance.com/TianTianFund/pkeglhrfby.html
S	page_isslerlaw_2023rate	isslerlaw.com (Q&A page)	Bookkeeping interest rate of pension personal account: 2023 = 3.97%			http://isslerlaw.com/socialsecurityinquiry/eimiqgbvrm.html
S	page_wodefinance_2022rate	wodefinance.com (Q&A page)	2022 individual account accounting interest rate of urban employees' basic pension insurance is 6.12%			https://wodefinance.com/TianTianFund/ubmyzxhiqa.html
S	pbc_recalled	中国人民银行	金融机构人民币存款基准利率调整表（一年期整存整取）- values recalled, document NOT seen			
S	project_assumption	本项目 / this project	Modelling assumption documented in docs/parameters.md (Assumptions)		2026-11	
S	reprint_guofa_1997_26	m.vobao.com; m.tftnews.com; qiaolutong.com (reprint of 人民网) — third-party reprints	国发〔1997〕26号 三、四 as reprinted: 个人缴费1997年不得低于本人缴费工资的4%，1998年起每两年提高1个百分点，最终达到8%；按本人缴费工资11%的数额为职工建立基本养老保险个人帐户	国发〔1997〕26号	1997-07-16	https://m.vobao.com/news/845218806243529320.shtml
S	reprint_guofa_2009_32	laweer.com; xiangrikui.com (2013-03-11); pfflw.com — third-party reprints	国务院关于开展新型农村社会养老保险试点的指导意见 七、养老金待遇领取条件（年满60周岁；累计缴费不少于15年）	国发〔2009〕32号	2009-09-01	http://xiangrikui.com/yanglao/maibaoxian/20130311/300877_1.html
S	reprint_taiyuan_1998_104	太原市人民政府 (reprint on shcontractlaw.com)	太原市统一城镇企业职工基本养老保险制度实施办法：低于全市职工平均工资60%的按60%、超过300%的部分不计入缴费工资基数；个人缴费目前5%	并政发〔1998〕104号	1998-12-25	http://www.shcontractlaw.com/index.php?c=show&id=25719
S	tables_deposit_rates	kkannews.com; shouye-wang.com; wddqxz.cn — three third-party copies (likely of one PBOC table) of the benchmark deposit rate changes (歷次調整表)	金融机构人民币存款基准利率历次调整（一年期整存整取：1993-07-11 10.98; 1996-05-01 9.18; 1996-08-23 7.47; 1997-10-23 5.67; 1998-03-25 5.22; 1998-07-01 4.77; 1998-12-07 3.78; 1999-06-10 2.25; 2002-02-21 1.98; 2004-10-29 2.25; 2006-08-19 2.52; 2007-12-21 4.14）			https://kkannews.com/468566624.html
S	towerswatson_2019	Willis Towers Watson	China: Social security contributions reduced (employer max 20% -> 16% from 1 May 2019)		2019-05	https://www.towerswatson.com/en/Insights/Newsletters/Global/global-news-briefs/2019/05/china-social-security-contributions-maternity-benefits
S	who_gho_lifetable_cn_2019	World Health Organization, Global Health Observatory	Life tables: China, 2019 (ex - expectation of life at age x, by age group and sex; indicator LIFE_0000000035)		2020-12-06	https://apps.who.int/gho/data/node.imr.LIFE_0000000035?lang=en
R	AH	安徽省	Anhui	
S	aq_2021_flex	安庆新闻网（经 azure-sky.cn 安庆生活网转载），信息来自安庆市人社局	灵活就业人员参保取消户籍限制 四类人员可以个体身份申请参加		2021-10-14	http://azure-sky.cn/news/202110/1416639.html
S	gh_idx_56713980740	GitHub 代码索引文件 id 56713980740（第三方批量更新脚本，疑属 liubigfatty/pension-calculator，非官方）	2024年官方计发基数数据：anhui 7842（标注“皖人社秘〔2024〕271号”）	皖人社秘〔2024〕271号（转引）	2026-06	
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方）	各省/市养老金计发基数表（更新于2026-09-13）：安徽 全省 7999，注“皖人社秘〔2025〕153号”	皖人社秘〔2025〕153号（转引）	2026-09-13	
S	gh_idx_69669612486	GitHub 代码索引文件 id 69669612486（仓库名未显示，第三方，非官方）	各省2025年度 [月平均工资, 下限, 上限, 文号] 表：anhui [7185, 4311, 21556, 皖人社秘〔2025〕154号]	皖人社秘〔2025〕154号（转引）		
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts 与 data.md：安徽 下限4227 / 上限21133（data.md 标注“合肥市人社局”，未标年度）			https://github.com/jiabin-xu/salary-calculator
S	gh_weante_wan	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-yuexiangwanmingan-2026.md 四、安徽：2026年度统一基数4354~21772（自然年2026-01-01起）	皖人社秘〔2026〕113号（转引）	2026-09	https://github.com/weante/city-salary/blob/main/docs/policy-yuexiangwanmingan-2026.md
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: anhui/1; anhui/2		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	BJ	北京市	Beijing	
S	bj_gov_flex_rates_2025	首都之窗（北京市人民政府门户网站）	灵活就业人员参保缴费服务指南（缴费比例20%）		2025-07-09	https://www.beijing.gov.cn/fuwu/bmfw/bmzt/lhjyry/202507/t20250709_4145250.html
S	bj_ls_2007_21	北京市劳动和社会保障局	关于贯彻实施《北京市基本养老保险规定》有关问题的具体办法	京劳社养发〔2007〕21号	2007	https://www.beijing.gov.cn/zhengce/zhengcefagui/qtwj/200804/t20080414_567066.html
S	bj_ls_2007_31	北京市劳动和社会保障局	（机关事业单位调入企业等人员基本养老保险有关问题的通知，标题未逐字核实）	京劳社养发〔2007〕31号	2007	https://rsj.beijing.gov.cn/xxgk/2024zcwj/202406/t20240617_3717464.html
S	bj_rs_2024_16_jishu	北京市人力资源和社会保障局等	2024年本市参保人员养老保险待遇计发基数通告（标题未逐字核实）	京人社发〔2024〕16号	2024-12-24	https://rsj.beijing.gov.cn/xxgk/2024zcwj/202412/t20241224_3972825.html
S	bj_rs_2025_11_bases	北京市人力资源和社会保障局、北京市医疗保障局、国家税务总局北京市税务局	关于2025年度各项社会保险缴费工资基数上下限的通告	京人社发〔2025〕11号	2025-09-18	https://rsj.beijing.gov.cn/xxgk/2024zcwj/202509/t20250918_4204880.html
S	bj_rs_2025_13_jishu	北京市人力资源和社会保障局、北京市财政局、国家税务总局北京市税务局	关于2025年本市参保人员社会保险待遇有关问题的通告	京人社发〔2025〕13号	2025-11-07	https://www.beijing.gov.cn/zhengce/zhengcefagui/202511/t20251107_4265441.html
S	bj_rs_2026_07_bases	北京市人力资源和社会保障局、北京市医疗保障局、国家税务总局北京市税务局	关于2026年度各项社会保险缴费工资基数上下限的通告	京人社发〔2026〕7号	2026-08-21	https://rsj.beijing.gov.cn/xxgk/2024zcwj/202608/t20260821_4831461.html
S	gh_linianhui_insurances	GitHub: linianhui/blog	src/tool/tax/insurances.js、src/tool/salary-calculator/insurances.js（北京历年社保基数）			https://github.com/linianhui/blog
S	gh_qch1976_policydata	GitHub: qch1976/pension	constants/policyData.js 与 constants/policyRefs.js（北京企业职工养老金测算参数）		2026-09-21	https://github.com/qch1976/pension/blob/main/constants/policyData.js
S	gh_region_params_resident	GitHub（仓库名未识别，养老金地区参数文件）	各省城乡居民基础养老金与缴费补贴表（YEAR=2025）			
S	mazars_2016_06	Forvis Mazars China（AOS newsletter 2016 June，第三方）	Update on mandatory social insurance in Beijing: calculation basis of 2016 RMB 7,086 (2015 average salary), cap 3 times = RMB 21,258		2016-06	https://forvismazars.com/cn/en/insights/our-publications/accounting-outsourcing-newsletters/update-on-mandatory-social-insurance-in-beijing
S	memory	researcher recollection (no document seen in this session)	remembered value, to be checked against rsj.beijing.gov.cn			
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: beijing/7		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	zhihu_bj_base_2025	知乎问答（Project-Gutenberg/Pincong-data 镜像）	为什么北京社保基数今年难产这么长时间？		2025-09-19	https://github.com/Project-Gutenberg/Pincong-data/blob/master/site/content/post/da7a63651b4dcb4acaaaf7b14cd734a4.md
R	CQ	重庆市	Chongqing	
S	cq_rs_2025_bases	重庆市人力资源和社会保障局、市财政局、市医保局、国家税务总局重庆市税务局（原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/chongqing.md）	关于做好2025年度社会保险缴费基数上下限核定有关工作的通知		2025-09-17	https://rlsbj.cq.gov.cn/zwgk_182/zfxxgkml/zcwj_145360/jfxzgfxwj/202509/t20250919_15024385.html
S	cqw_2022_resident	重庆网 cqw.cc（经 delishii.com 转载，新闻稿）	重庆城乡居民基本养老保险个人缴费档次：经市政府批准，从2022年1月1日起调整，13档200元至4000元及对应政府补贴		2022-01-14	http://delishii.com/news/2022/0114/5556.html
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方）	各省计发基数表：重庆 全市 base 8240（2025年度值，2026年度未公布）		2026-09-13	
S	gh_idx_68838114376	GitHub 代码索引文件 id 68838114376（仓库名未显示，重庆养老金测算产品 policy.ts，第三方，非官方）	currentPensionCalculationBase 8240；pensionCalculationBaseByYear 2015: 4737.67（称“仅收录有官方个案明示的历史示例”）；引 渝人社发〔2010〕275号	渝人社发〔2010〕275号（被引，计发办法）	2026-09-13	https://rlsbj.cq.gov.cn/zwgk_182/zfxxgkml/zcwj_145360/jfxzgfxwj/202004/t20200421_7099428.html
S	gh_idx_cqjs	GitHub 代码索引文件 id 56708394871（仓库名未显示；养老金计算器 provinces/chongqing.js，自注“数据来源：搜索结果（待官方文件确认）”，第三方，非官方）	重庆 PROV_BASE（2023 7988 / 2024 8160 / 2025 8240）与 AVG_SALARY_HISTORY（2022 6862.33 / 2023 7264.08 / 2024 7339）		2026-06-10	
S	gh_weante_cq	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-jsxcq-2026.md 第三节 重庆：2026年度五险统一缴费基数 22765 / 4553（2025年全口径年平91059元，2026-08-26起执行）		2026-09	https://github.com/weante/city-salary
R	FJ	福建省	Fujian	
S	gh_idx_56713980740	GitHub 代码索引文件 id 56713980740（第三方批量更新脚本，疑属 liubigfatty/pension-calculator，非官方）	2024年官方计发基数数据：fujian 7776（标注“闽人社文〔2024〕139号”）	闽人社文〔2024〕139号（转引）	2026-06	
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方）	各省/市养老金计发基数表（更新于2026-09-13）：福建 全省 7932，注“闽人社文〔2025〕45号”	闽人社文〔2025〕45号（转引）	2026-09-13	
S	gh_idx_69669612486	GitHub 代码索引文件 id 69669612486（仓库名未显示，第三方，非官方）	各省2025年度 [月平均工资, 下限, 上限, 文号] 表：fujian [7535, 4521, 22607, 闽人社文〔2025〕45号]	闽人社文〔2025〕45号（转引）		
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts：福建 minBase 4043 / maxBase 22164（未标年度；同库 data.md 写上限20215，互相矛盾）			https://github.com/jiabin-xu/salary-calculator
S	gh_weante_wan	GitHub weante/city-salary（第三方调研文档与测试，非官方）	docs/policy-yuexiangwanmingan-2026.md 五、福建：养老/机关事业基数4043~22607（2025年度）；失业基数4043~22164；2026年度养老基数未找到	闽人社文〔2025〕45号（转引）	2026-09	https://github.com/weante/city-salary/blob/main/docs/policy-yuexiangwanmingan-2026.md
S	journal_fj_2004_account	《就业与保障》2004年第9期 p.47（福建省劳动和社会保障厅通知的摘要，第三方期刊库）	关于规范企业参保职工基本养老保险个人账户记账办法的通知（摘要）：1995年底前参加工作、由机关事业单位或部队转入企业的职工，社保机构应从1996年1月起，以本省（不含厦门）上一年度职工月平均工资的11%为其补建个人账户		2004-09	http://218.28.6.71:81/Qikan/Article/Detail?id=3000589437
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1 (the cases named in each entry; tests/sheets/cases.toml)		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	GD	广东省	Guangdong	
S	cns_2018_resident	中国新闻网（经 anaishagupta.com 转载）	广东城乡居民基础养老金最低标准从120元提高到148元		2018-10-18	http://anaishagupta.com/yaowen/20181018/1018936.html
S	gd_gov_2019_resident	广东省政府网站政策解读（页面镜像，经 m.hqtbz.com 转载，路径 zwgk/zcjd/snzcsd/content/post_2465790）	全省城乡居保基础养老金最低标准从148元提高到170元		2019	https://m.hqtbz.com/zwgk/zcjd/snzcsd/content/post_2465790.html
S	gd_gov_2022_resident	广东省政府系统网站公告（页面镜像，经 lotussunrise.com 转载，路径 zwgk/zdlyxxgkzl/mzxx/content/post_3997478）	广东省城乡居民基本养老保险全省基础养老金最低标准提高至每人每月190元		2022 (year inferred)	http://lotussunrise.com/zwgk/zdlyxxgkzl/mzxx/content/post_3997478.html
S	gd_gov_transitional	广东省人民政府（《广东省人民政府公报》摘要，见于期刊库 218.28.6.71；另有 hjpbs.com 转载全文公式）	关于完善我省企业职工基本养老保险过渡性养老金计发办法等事项的通知		2020/2021	http://218.28.6.71:81/Qikan/Article/Detail?id=7106343552
S	gd_hrss_2025_32	广东省人力资源和社会保障厅 广东省财政厅 国家税务总局广东省税务局	2025 年职工基本养老保险缴费基数上下限与计发基数（广州市、省直下限 5510，其他地区 4775；深圳计发基数另行公布）; text quoted in GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/guangdong.md @ e0b1457f2a3acc370119e6021eb22c948e664585	粤人社发〔2025〕32号	2025	https://hrss.gd.gov.cn/gkmlpt/content/4/4789/post_4789618.html
S	gd_rs_2020_avg	广东省人力资源和社会保障厅、省财政厅、省税务局、省统计局（全文经 quanlv66.com 与 gxscse.com 两处转载）	关于公布2019年全省从业人员月平均工资和职工基本养老保险缴费基数上下限有关问题的通知		2020-09	https://quanlv66.com/info.php?cid=321&id=8124
S	gd_rs_2022_33	广东省人力资源和社会保障厅、省财政厅、省税务局、省统计局（全文经 chinaacc.com 转载）	关于公布2021年全省全口径城镇单位就业人员月平均工资和2022年职工基本养老保险缴费基数上下限、基本养老金计发基数有关问题的通知	粤人社发〔2022〕33号	2022-10-03	https://m.chinaacc.com/shuishou/gddt/qi20221027115011.shtml
S	gd_rs_2023_22	广东省人力资源和社会保障厅、省财政厅、国家税务总局广东省税务局、省统计局（刊于国家税务总局广东省税务局网站）	关于公布2022年全省全口径城镇单位就业人员月平均工资和2023年职工基本养老保险缴费基数上下限有关问题的通知	粤人社发〔2023〕22号	2023-07-06	http://guangdong.chinatax.gov.cn/gdsw/mmsw_sbfblzn/2023-07/06/content_abfae86f2f3543de9886887311b52b5e.shtml
S	gd_rs_2024_33	广东省人力资源和社会保障厅、省财政厅、国家税务总局广东省税务局、省统计局（全文见于检索结果，未附网址）	关于公布2023年全省全口径城镇单位就业人员月平均工资和2024年职工基本养老保险缴费基数上下限有关问题的通知	粤人社发〔2024〕33号	2024-12-03	
S	gd_rs_2025_32	广东省人力资源和社会保障厅、广东省财政厅、国家税务总局广东省税务局（原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/guangdong.md，commit e0b1457f2a3acc370119e6021eb22c948e664585）	2025年职工基本养老保险缴费基数上下限与基本养老金计发基数（一、二）	粤人社发〔2025〕32号	2025	https://hrss.gd.gov.cn/gkmlpt/content/4/4789/post_4789618.html
S	gd_rs_2026_14	广东省人力资源和社会保障厅、广东省财政厅、国家税务总局广东省税务局（原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/guangdong.md，commit e0b1457f2a3acc370119e6021eb22c948e664585）	广东省灵活就业人员参加企业职工基本养老保险办法	粤人社规〔2026〕14号	2026-04-29	https://hrss.gd.gov.cn/gkmlpt/content/4/4891/mpost_4891739.html
S	gh_idx_59215717864	GitHub 代码索引文件 id 59215717864（仓库名未显示；第三方微信小程序参数文件 YEAR = 2025，非官方）	PROVINCES gd basicPension 220（“同年省级最低/代表性标准，县市可能更高”）			
S	gh_idx_gdjs	GitHub 代码索引文件 id 69816202795（仓库名未显示，第三方养老金计算器 guangdong.js，非官方）	广东 PROV_BASE / AVG_SALARY_HISTORY / SHENZHEN_BASE / TRANS_COEF 数据表			
S	gzrb_2017_resident	广州日报（经 m.78911.com.cn 转载）	省城乡居保基础养老金最低标增至每人每月120元		2017	https://m.78911.com.cn/XinZhengCe/700388-3.html
S	jm_2019_ceiling	江门市社会保险基金管理局（页面镜像，经 rajayuj.com 转载）	关于企业养老保险缴费基数上限调整的说明（引《广东省城镇职工基本养老保险单位缴费比例过渡方案》）	粤人社规〔2019〕11号（被引）	2019	https://rajayuj.com/bmpd/jmsshbxjjglj/zwgk/sbdt/content/post_1471177.html
S	junbo_2018_jishu	骏伯人力集团解读（第三方，经 m.bearcreekpharmacy.com 转载）	关于公布2018社会保险年度企业职工基本养老保险缴费基数通知 解读	粤人社函〔2018〕107号（转引）	2018	http://m.bearcreekpharmacy.com/html/zb-gd21ds2018ndylbxjfjsgb-_2461.html
S	nfapp_2016_jishu	南方+（南方日报客户端），报道广东省人社厅、省财政厅、省地税局联合通知	关于公布2016社会保险年度企业职工基本养老保险缴费工资上限和下限的通知（报道）		2016-10-10	http://static.nfapp.southcn.com/content/201610/10/c143337.html
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: guangdong/shenzhen-man-2025; guangdong/zhongshan		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	xinhua_2020_resident	新华社（经 jxjgzhdj.cn 转载，文字有机器改写痕迹）	广东实施城乡居民基本养老保险新办法（2020年1月1日起）		2020-01-02	http://jxjgzhdj.cn/jlxw/7940.html
S	xinhua_2021_flex	新华社（刊于泛珠三角合作信息网 pprd.org.cn）	港澳台籍灵活就业人员在粤可凭居住证参加养老保险（解读《广东省灵活就业人员参加企业职工基本养老保险办法》）		2021-05-10	http://pprd.org.cn/hongkong/hzly/content/post_877100.html
S	ycwb_2015_resident	羊城晚报（经 m.78911.com.cn 转载）	广东城乡居民养老保险提高政府补贴标准（新修订《广东省城乡居民基本养老保险实施办法》）		2014/2015	http://m.78911.com.cn/YangLaoBaoXian/102711.html
R	GD-GZ	广州市	Guangzhou	GD
S	gd_rs_2023_22	广东省人力资源和社会保障厅、省财政厅、国家税务总局广东省税务局、省统计局（刊于国家税务总局广东省税务局网站；据 GD.toml）	关于公布2022年全省全口径城镇单位就业人员月平均工资和2023年职工基本养老保险缴费基数上下限有关问题的通知（2022 全口径 8807）	粤人社发〔2023〕22号	2023	
S	gd_rs_2024_33	广东省人力资源和社会保障厅等四部门（全文见于 GD 研究会话的检索结果，未附网址；据 GD.toml）	关于公布2023年全省全口径城镇单位就业人员月平均工资和2024年职工基本养老保险缴费基数上下限有关问题的通知（下限：广州市/省直 5500）	粤人社发〔2024〕33号	2024-12-03	
S	gd_rs_2025_32	广东省人力资源和社会保障厅、广东省财政厅、国家税务总局广东省税务局（原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/guangdong.md，commit e0b1457f2a3acc370119e6021eb22c948e664585）	2025年职工基本养老保险缴费基数上下限与基本养老金计发基数（一、二）	粤人社发〔2025〕32号	2025	https://hrss.gd.gov.cn/gkmlpt/content/4/4789/post_4789618.html
S	mazars_2024_12	Forvis Mazars China（payroll newsletter，第三方）	China payroll newsletter, December 2024: social-insurance base limits by city (Guangzhou floor 5284 from 2023-07, Shenzhen 3523)		2024-12	
R	GD-SZ	深圳市	Shenzhen	GD
S	gd_rs_2022_33	广东省人力资源和社会保障厅等四部门（全文经 chinaacc.com 转载；据 GD.toml）	关于公布2021年全省全口径城镇单位就业人员月平均工资和2022年职工基本养老保险缴费基数上下限、基本养老金计发基数有关问题的通知（2021 全口径 8310；注明深圳市计发基数另行公布）	粤人社发〔2022〕33号	2022-10-03	https://m.chinaacc.com/shuishou/gddt/qi20221027115011.shtml
S	gd_rs_2023_22	广东省人力资源和社会保障厅、省财政厅、国家税务总局广东省税务局、省统计局（刊于国家税务总局广东省税务局网站；据 GD.toml）	关于公布2022年全省全口径城镇单位就业人员月平均工资和2023年职工基本养老保险缴费基数上下限有关问题的通知（深圳与广州同列一类）	粤人社发〔2023〕22号	2023-07-06	http://guangdong.chinatax.gov.cn/gdsw/mmsw_sbfblzn/2023-07/06/content_abfae86f2f3543de9886887311b52b5e.shtml
S	gd_rs_2024_33	广东省人力资源和社会保障厅等四部门（全文见于 GD 研究会话的检索结果，未附网址；据 GD.toml）	关于公布2023年全省全口径城镇单位就业人员月平均工资和2024年职工基本养老保险缴费基数上下限有关问题的通知（下限：广州市/省直 5500，珠海/佛山/东莞/中山 4767，其他地区 4492；上限 27501）	粤人社发〔2024〕33号	2024-12-03	
S	gh_jifa_list	GitHub 代码索引文件 id 68747576956（TypeScript 各省/市计发基数表，仓库名未显示，第三方，非官方；与 liubigfatty 计算器不是同一项目）	广东：全省（不含深圳）9493（粤人社发〔2025〕32号）；深圳 11293（“深圳市人社局答复，适用期2025-01-01至2025-12-31”），2026 年度未公布按此预发	粤人社发〔2025〕32号（转引）	2026-09-13	
S	gh_lbf_gdjs	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方；打包文件索引 id 69816202795，源文件 cloudfunctions/calculate/provinces/guangdong.js）	SHENZHEN_BASE 深圳单列企业职工计发基数 2020-2025；SHENZHEN_AVG_SALARY 深圳社保年度社平 1990-2020	深人社发〔2021〕48号、深人社发〔2022〕4号、深人社发〔2022〕51号、深人社发〔2024〕57号（均为转引，未见原文）	2026-07/08	https://github.com/liubigfatty/pension-calculator
S	gh_sz_payroll	GitHub 代码索引文件 id 55125138294 / 55056264932（深圳薪资社保计算应用，仓库名未显示，第三方，非官方；同一项目另有 Java 版 id 55182047412）	SHENZHEN_POLICY：养老 4775~27549，单位16%/个人8%，有效期 2025-07 至 2026-06；深户另计“地方补充养老”，单位 1%、个人 0		2026	
S	gh_sz_taxcalc	GitHub 代码索引文件 id 18059458560（深圳个税计算器 data.ts，仓库名未显示，第三方，非官方）	SALARY_STATS = { min: 2200, gdAvg: 7647, szAvg: 11620 }；养老保险基数 [min, gdAvg × 3]		2021/2023（版本年份不明）	
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1 (the cases named in each entry; tests/sheets/cases.toml)		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	southmoney_2023	社保网 shebao.southmoney.com（第三方汇总；本会话未能再次调取，内容据 GD-notes.md 记录）	2022-2023年全国各省市养老金计发基数一览表（深圳 2022 年 10795）		2023-11-20	https://m.shebao.southmoney.com/yanglao/yanglaojin/202311/480047.html
S	weante_yjh	GitHub weante/city-salary（第三方社保计算器的政策调研文档，非官方）	docs/policy-yuejinghu-2026.md：深圳 五险基数 4775~27549（广东 21 市同为 4775~27549，广州 5510~27549）		2026-09-30	https://github.com/weante/city-salary/blob/main/docs/policy-yuejinghu-2026.md
R	GS	甘肃省	Gansu	
S	gh_idx_anchor2025	GitHub 代码索引文件 id 69669612486（仓库名未显示，第三方养老金引擎核对脚本，非官方）	ANCHOR_2025：31 省 2025 年度执行社平、下限、上限（gansu: 7338 / 4403 / 22014，标注“甘人社 2025年度”）		2025/2026	
S	gh_idx_gs_case	GitHub 代码索引文件 id 57141231335（第三方养老金引擎测试脚本，引用一张甘肃官方养老金核定表的数字）	甘肃案例2：1965-10 男，2026-01 退休，计发基数 7746，核定表：基础养老金 5222.01、过渡性养老金 3478.92			
S	gh_idx_jifa_list	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方各省计发基数表，自称 2026-09 逐省核对文号）	各省/市养老金计发基数：甘肃 全省 7746（2025 年度值，2026 年度未公布；注“甘肃未并轨；计发基数文件属依申请公开”），transitionRatio 0.012		2026-09-13	
S	gh_idx_prov2024	GitHub 代码索引文件 id 56713980740（养老金计算器批量更新脚本，第三方，非官方）	2024年官方计发基数数据：gansu 7594，注“甘人社通〔2024〕330号”	甘人社通〔2024〕330号（转引，未见原文）		
S	gs_2023_resident	第三方转载（zggmky.com），转述甘肃省人社厅、省财政厅、国家税务总局甘肃省税务局联合通知	自2023年1月1日起增设4000元、5000元两个缴费档次，全省城乡居民基本养老保险缴费档次为300元至5000元14个档次；省级财政补贴30/60/90/120/150元，县级财政给予5%—10%补贴		2023	https://zggmky.com/news/show-1539.html
S	gs_rs_2026_218	甘肃省人力资源和社会保障厅、省财政厅、省统计局、国家税务总局甘肃省税务局（正文经 gh_weante_policy 引述；原页未在检索结果中出现）	关于公布2026年甘肃省社会保险缴费基数的通知	甘人社通〔2026〕218号	2026-08	https://rst.gansu.gov.cn/rst/c113673/202608/174383217.shtml
S	gscn_2021_resident	中国甘肃网（据兰州晨报，信息来自甘肃省人社厅）	甘肃省基础养老金最低标准达到113元		2021-06-04	http://gansu.gscn.com.cn/system/2021/06/04/012596698.shtml
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: gansu/4; gansu/5		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	GX	广西壮族自治区	Guangxi	
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方）	各省计发基数表：广西 全区 base 6983，note 桂人社发〔2025〕43号	桂人社发〔2025〕43号（转引，未见原文）	2026-09-13	
S	gh_idx_gxjs	GitHub 代码索引文件 id 69816202795（仓库名未显示；养老金计算器打包文件 provinces/guangxi.js 段，第三方，非官方，1978-2021计发基数为平滑外推占位）	广西 PROV_BASE（2022 6442 / 2023 6629 / 2024 6847 / 2025 6983）与 AVG_SALARY_HISTORY（全口径 2020 5819 … 2024 6905）	桂人社发〔2023〕85号（转引，2023计发基数）	2026-07-23	
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 广西 minBase 4053.6 / maxBase 20268（未标年度；同表广东 4492/27501 为2024-07起数值，故推定为2024年度）			https://github.com/jiabin-xu/salary-calculator
S	gx_rs_2025_42	广西壮族自治区人力资源和社会保障厅等（数值与原文网址见第三方爬虫代码 GitHub 索引文件 id 66827665482 的静态数据，原页未打开）	2025年度社会保险缴费基数上下限（桂人社发〔2025〕42号，标题未逐字核实）	桂人社发〔2025〕42号（转引）	2025	http://rst.gxzf.gov.cn/zwgk/xxgkzcfg/fgfxlm/t25983863.shtml
S	gx_rs_2026_32	广西壮族自治区人力资源和社会保障厅等4部门（原文经 GitHub weante/city-salary docs/policy-jijinshanguiyungui-2026.md 逐字引述，commit 507002f135e0574da1b04e1eee36c33439f9deca）	关于公布2026年度社会保险缴费基数上下限标准的通知	桂人社发〔2026〕32号	2026-09-20	http://rst.gxzf.gov.cn/zwgk/xxgkzcfg/fgfxlm/t28152939.shtml
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1 (the cases named in each entry; tests/sheets/cases.toml)		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	wljyyjy_2017_resident	大风车考试网 wljyyjy.com（转载广西媒体报道，第三方）	广西城乡居民基本养老保险基础养老金最低标准由75元提高至90元（自2017年7月1日起）		2017-03	http://www.wljyyjy.com/YangLaoBaoXian/352369.html
S	yanshan_2022_resident	第三方转载（ccschy.com），桂林雁山镇城乡居民基本养老保险缴费档次和政府补贴标准	从2019年1月1日起城乡居民基本养老保险缴费档次调整为200元至6000元共15个档次；缴费补贴标准同日调整	桂人社规〔2018〕22号（仅见于 mtoou.info 所载论文图表说明，未见原文）	2022-09-09	http://ccschy.com/techan/173012.html
R	GZ	贵州省	Guizhou	
S	gh_calc_anchor	GitHub 代码索引文件 id 69669612486（与 gh_calc_bundle 同一项目，非独立来源）	31 省「2025 年度官方缴费基数」锚点表：guizhou [7324.5, 4394.7, 21973.5]	黔人社 2025年度（未给文号）		
S	gh_calc_bundle	GitHub 代码索引文件 id 69816202795（仓库名未显示；第三方养老金计算器 cloudfunctions/calculate/provinces/guizhou.js 打包版，非官方）	贵州 PROV_BASE / AVG_SALARY_HISTORY / TRANS_COEF 数据表（注明 2026-07-23 官网核验）	黔人社通〔2024〕53号、黔人社发〔2025〕16号（转引，未见原文）	2026-07/08	
S	gh_calc_old	GitHub 代码索引文件 id 56726120846（与 gh_calc_bundle 同一项目的旧版 guizhou.js，非独立来源）	notes: 2023年基数6857.58元（黔人社通〔2024〕53号），2024年基数7272元（黔人社发〔2025〕16号）	黔人社通〔2024〕53号；黔人社发〔2025〕16号（转引）		
S	gh_weante_policy	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-jijinshanguiyungui-2026.md 第六节 贵州（2026年度基数 4426.05~22130.25，全口径月均 7376.75）及来源链接表	黔人社发〔2026〕7号（转引）	2026-09/10	https://github.com/weante/city-salary
S	gz_gazette_2023_resident	《贵州省人民政府公报》2023年第5期第39-40页（摘要，见于期刊库 218.28.6.71；发文机关与文号在摘要中未显示）	调整我省城乡居民基本养老保险基础养老金最低标准的通知：自2023年1月1日起提高至128元（含中央和省确定的基础养老金最低标准），在原每人每月118元的基础上增加10元		2023	http://218.28.6.71:81/Qikan/Article/Detail?id=7109933632
S	gz_rs_2026_7	贵州省人力资源和社会保障厅等四部门（原文经 GitHub weante/city-salary docs/policy-jijinshanguiyungui-2026.md 逐字引述，commit 507002f135e0574da1b04e1eee36c33439f9deca）	关于公布2025年贵州省全口径城镇单位就业人员年平均工资的通知	黔人社发〔2026〕7号	2026-07-08 (公开 2026-07-14)	https://rst.guizhou.gov.cn/zwgk/zfxxgk/fdzdgknr/qtfdxx/ggfwsx/202607/t20260714_90621072.html
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: guizhou/1; guizhou/2		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	HA	河南省	Henan	
S	car17_2023_resident	special.17car.com.cn（第三方转载，可靠性低）	河南城乡居民基础养老金最低标准2023年1月起由113元上涨到123元		2023-05-11	http://special.17car.com.cn/tekan/2023/0511/447375.html
S	cns_2021_resident	中国新闻网（经 cn.apdnews.com 转载），河南省政府新闻办发布会	河南2020年调整退休人员基本养老金及城乡居民基础养老金最低标准（2020年7月1日起108元）		2021-01-13	https://cn.apdnews.com/article/e9ec7e8
S	doc360_2021_flex	360doc 转载（河南媒体报道，信息来自河南省人社厅）	好消息！灵活就业人员参保有新规：无户籍限制 可网上办理 可转移接续		2021-10-28	http://www.360doc.com/content/21/1028/12/77225904_1001641755.shtml
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（TypeScript 各省计发基数表，仓库名未显示，第三方，非官方）	河南：全省 base 6738（2025 年度值，2026 待公布），note：网传“7850”系郑州地市基数，非全省值			
S	gh_liubig_ha	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方）	cloudfunctions/calculate/provinces/henan.json 与 data/provinces/henan.js：计发基数注记（2023 全省6401/郑州7800 核定表；2024 全省6606 官方文件；2025 全省6738 核定表）、按统计年的全口径月均工资、郑州单列基数			https://github.com/liubigfatty/pension-calculator
S	ha_rs_2021_3	河南省人力资源和社会保障厅、河南省财政厅、国家税务总局河南省税务局	关于进一步促进灵活就业人员参加企业职工基本养老保险有关问题的通知	豫人社规〔2021〕3号	2021-10-13	http://hrss.henan.gov.cn/2021/10-25/2333262.html
S	ha_rs_2025_67	河南省人力资源和社会保障厅、河南省医疗保障局、河南省财政厅、国家税务总局河南省税务局（原文经 GitHub weante/city-salary docs/policy-yuexiangwanmingan-2026.md「来源链接（2026-10-01 并行核查）」逐字引述，commit 507002f135e0574da1b04e1eee36c33439f9deca）	关于公布2025年度社会保险缴费基数上下限标准的通知	豫人社办〔2025〕67号	2025-09-19	https://hrss.henan.gov.cn/2025/09-19/3228514.html
S	ha_tax_2026_1	国家税务总局河南省税务局（通告 2026 年第 1 号 PDF；原文经 GitHub weante/city-salary docs/policy-yuexiangwanmingan-2026.md「来源链接（2026-09-30 联网复核回填）」逐字引述，commit 507002f135e0574da1b04e1eee36c33439f9deca）	2026 缴费年度个人缴费基数暂以 2024 年度全省全口径城镇单位就业人员月平均工资为基础核定，2025 年度平均工资公布后差额结算	国家税务总局河南省税务局通告2026年第1号	2026-05-09（PDF 上传日期，取自网址）	https://henan.chinatax.gov.cn/upload/4710000001/20260509/1778315548824E7oWQWkA.pdf
S	jiusong_ha_2024	jiusongjiankang.com（第三方，疑似自动生成内容，可靠性低；同数见 hzbdd.com/450866 等多页）	河南省社保缴费基数缴费比例：2024年7月至2025年6月 6260元/月，下限3756、上限18780		2025	https://m.jiusongjiankang.com/health/news/5631511.html
S	qdnews_2017_resident	青岛新闻网财经频道（转载河南媒体对河南省人社厅的采访，新闻稿）	河南省居民养老保险缴费标准由每年100元到5000元共16个档次；500元以下补贴不少于30元，500元以上不少于60元		2017-03-29	http://finance.qingdaonews.com/content/2017-03/29/content_11987349.htm
S	salkhjg_ha_2022_resident	salkhjg.cn（第三方问答汇编，低质量）	2022年度河南省城乡居民补贴标准：共分15档，200元至5000元，对应补贴30元、40元、50元、60元、80元、100元、120元、140元、160元、190元、220元、250元、280元、310元、340元			http://www.salkhjg.cn/post/39413.html
S	shebaodata_2023	中国社保网 shebaodata.com（第三方）	河南社保缴费基数2023年一览表（2022年7月至2023年6月）		2023-02-24	http://www.shebaodata.com/xinwen/292063.html
S	shebaomi_ha	shebaomi.com（第三方）	郑州市社保缴费基数上下限：下限3579、上限17895（5965元×60%/300%）			https://shebaomi.com/wen/zhengce-159849.html
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: henan/11; henan/12		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	sptv_2021_flex	顶端新闻·河南商报（经 sptv-1.com 转载）	河南出台养老保险新规 省外户籍的灵活就业人员以后参保不用回户籍地了		2021-10-26	http://sptv-1.com/ZXGL/show-30469.html
S	xinhua_2019_resident	新华社（刊于 rb.lhrb.com.cn 电子版）	我省基础养老金最低标准上调 惠及千万老年人（2019年1月1日起提高5元，省定最低标准103元）		2019-02-01	http://rb.lhrb.com.cn/html/2019-02/01/content_44883.htm
S	yaozui_2018_resident	转载（m.yaozui.com），来源标注河南省人社厅	河南提高城乡居民基本养老保险基础养老金最低标准（2018年1月1日起增加18元，省定最低标准98元）		2018-08-02	https://m.yaozui.com/p/626262
R	HB	湖北省	Hubei	
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（TypeScript 各省计发基数表，仓库名未显示，第三方，非官方）	湖北计发基数按地市设定：武汉（含省直）9112、宜昌 7424、襄阳 7325、其他地市最低 荆州 7210（“省厅文件未公开发布，来自养老金核定表口径”；2025 年度值）			
S	gh_liubig_hb	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方）	cloudfunctions/calculate/provinces/hubei.json notes：17 地市州分 3 档计发基数；武汉 2024=9022（公告；核定表 8880），二档 7232，三档 荆州6395/孝感6831；过渡系数 1.2%			https://github.com/liubigfatty/pension-calculator
S	gh_weante_hb	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-yuexiangwanmingan-2026.md 第二节 湖北：2025 年度三档基数（7496 / 7226 / 7154）	鄂人社发〔2025〕28号（转引，未见原文）		https://github.com/weante/city-salary
S	hb_2025_dxh	武汉市东西湖区人民政府（转发湖北省人社厅等三部门 2025 年度社保缴费基数通知；原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/hubei.md，commit e0b1457f2a3acc370119e6021eb22c948e664585）	湖北省2025年度社会保险缴费基数标准：第1档 武汉市和省直 月标准7496元、上限22488元、下限4498元		2025-09-26	https://www.dxh.gov.cn/hdjl/rxgq_2020/202509/t20250926_2653101.shtml
S	hb_rs_2015_resident	湖北省人力资源和社会保障厅、湖北省财政厅（通知全文经 m.stlihui.com 转载；同文见 m.creditsailing.com）	关于做好提高湖北省城乡居民基本养老保险基础养老金最低标准工作的通知		2015-03-30	http://m.stlihui.com/shebao/yanglao/227417.html
S	hb_rs_2022_38	湖北省人力资源和社会保障厅、湖北省医疗保障局、国家税务总局湖北省税务局（全文经 gdlvs.com 转载；同文见“湖北12333”公众号经 freewechat.com 存档）	关于我省2022年度社会保险缴费基数标准的通知	鄂人社发〔2022〕38号	2022-08-18	https://gdlvs.com/57651.html
S	jiusong_hb_2024	jiusongjiankang.com（第三方，疑似自动生成内容，可靠性低）	湖北社保基数分为三档：2024年度湖北社保缴费基数标准表		2024/2025	https://m.jiusongjiankang.com/health/news/5237419.html
S	sdgxled_2023	sdgxled.com（第三方转载）	湖北省2023年度社会保险缴费基数标准（三档）		2023-10-20	http://sdgxled.com/caijing/t20231020_23791.shtml
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: hubei/5; hubei/6		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	si12333_2023_resident	si12333.cn（第三方社保问答站，逐段引述通知原文，未见文号）	湖北省《关于调整城乡居民基本养老保险缴费有关政策的通知》：缴费标准与缴费补贴（省级补贴六档：45、81、138、180、285、402元）	关于调整城乡居民基本养老保险缴费有关政策的通知（湖北省人社厅、省财政厅、国家税务总局湖北省税务局；文号未见）	2023	https://si12333.cn/qa/deuz.html
R	HE	河北省	Hebei	
S	casw_2019_hebei	中国社会工作联合会网站英文版 casw.org.cn（转述河北省人社厅信息）	Number of Urban and Rural Citizens in Hebei Province Access to Pension Insurance Increased by 418,800		2019-01-10	http://casw.org.cn/en/hykx.php?classid=1&id=177
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方 TypeScript 数据文件，非官方）	各省/市养老金计发基数表（更新于 2026-09-13）：河北 全省 7410，note 冀人社字〔2025〕105号，transitionRatio 0.013	冀人社字〔2025〕105号（转引）	2026-09-13	
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 河北 minBase 3921 / maxBase 19603（未标年度，同表其他省份为 2024 年度值）			https://github.com/jiabin-xu/salary-calculator/blob/main/src/data/provice.ts
S	gh_liubigfatty_he	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方）	cloudfunctions/calculate/provinces/hebei.js 与 hebei.json（PROV_BASE 计发基数、AVG_SALARY_HISTORY 按执行年度、过渡系数、冬季取暖补贴）		2026	https://github.com/liubigfatty/pension-calculator/tree/main/cloudfunctions/calculate/provinces
S	gh_weante_jijin	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-jijinshanguiyungui-2026.md 一、河北：2026 年度 4076~20382（基准 6794）；2025 年度 4007~20034（基准 6678，冀人社字〔2025〕105号）	冀人社字〔2025〕105号（转引，未见原文）	2026-09	https://github.com/weante/city-salary/blob/main/docs/policy-jijinshanguiyungui-2026.md
S	he_rs_2026_57	河北省人力资源和社会保障厅、河北省财政厅（原文摘录见于 GitHub weante/city-salary docs/policy-jijinshanguiyungui-2026.md 的 2026-10-01 核查表，officialDomain: true）	关于公布2026年社保缴费有关基数的通知	冀人社字〔2026〕57号	2026-07-14	https://rst.hebei.gov.cn/pageWarp?isId=1784107904415nkh&id=1
S	heb_2022_resident	河北新闻网 heb.hebei.com.cn（河北日报报业集团，新闻稿，非文件原文）	城乡居民基本养老保险：2019年起缴费设200、300、500、1000、3000、5000、8000元7个档次；200元档次补贴30元，每增加一档补贴增加15元		2022-06-30	https://heb.hebei.com.cn/system/2022/06/30/100979179.shtml
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: hebei/2		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	HI	海南省	Hainan	
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方）	各省计发基数表：海南 全省 base 8188，note 琼人社发〔2025〕67号；已并轨（上限24564=8188×3、下限4912.8=8188×0.6）	琼人社发〔2025〕67号（转引，未见原文）	2026-09-13	
S	gh_idx_hijs	GitHub 代码索引文件 id 69816202795（仓库名未显示；养老金计算器打包文件 provinces/hainan.js 段，第三方，非官方；早年数值明显错乱，自注“2023-2025年基数待官方文件确认”）	海南 PROV_BASE（2023 8050 / 2024 8131 / 2025 8188）与 AVG_SALARY_HISTORY（2022 8050 / 2023 8131 / 2024 8188）		2026-06-10	
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 海南 minBase 4878.6 / maxBase 24393（未标年度；同表广东 4492/27501 为2024-07起数值，故推定为2024年度）			https://github.com/jiabin-xu/salary-calculator
S	gh_weante_hi	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-ganingmengxinqingqiong-2026.md 第六节 海南：2025年度基数4912.8~24564（琼人社发〔2025〕67号）；2026年度上下限未找到	琼人社发〔2025〕67号（转引，未见原文）	2026-09	https://github.com/weante/city-salary
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1 (the cases named in each entry; tests/sheets/cases.toml)		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	zgzxcmw_2018_resident	国际旅游岛商报（经 m.zgzxcmw.com 转载），报道海南省老龄办《海南省老年人口信息和老龄事业发展状况报告（2018年）》	2018年海南老龄事业投入53.1亿元：城乡老年居民基础养老金由2017年的145元提高到178元		2019-09	http://m.zgzxcmw.com/hainan/201909/104309.html
R	HL	黑龙江省	Heilongjiang	
S	gh_lbf_hl	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方）	cloudfunctions/calculate/provinces/heilongjiang.js（两个版本）及同仓库 2025 年度基数锚点脚本（file ids 69735446852, 56731862495, 69669612486, 69484712990）	黑人社函〔2022〕530号、〔2023〕625号、〔2024〕548号、〔2025〕611号；黑劳社发〔2008〕79号（转引，未见原文）	2026	https://github.com/liubigfatty/pension-calculator
S	gh_pensionbase_ts	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方计发基数表，更新于 2026-09-13）	黑龙江 全省 7705，黑人社函〔2025〕611号，2026-01-01 起执行；过渡系数 0.012	黑人社函〔2025〕611号（转引）	2026-09-13	
S	gh_salary_tests	GitHub 代码索引文件 id 70907947104 及其较早版本 69507214857（仓库名未显示，第三方 337 城市薪资/社保计算器测试文件）	黑龙江·五险下限 4542 / 上限 22710（黑人社函〔2024〕548号）；下限 4623 / 上限 23115（黑人社函〔2025〕611号）	黑人社函〔2024〕548号；黑人社函〔2025〕611号（转引）	2026	
R	HN	湖南省	Hunan	
S	cz206_2025_resident	cz206.com（第三方转载，2025-03-18）	最高6000元！湖南城乡居民基本养老保险新增3个缴费档次：省人社厅、财政厅、税务局《关于进一步完善城乡居民基本养老保险制度有关政策的通知》，从12月28日起15档300元至6000元，4000元至6000元档每人每年补贴100元		2025-03-18	https://cz206.com/fm/700.html
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（TypeScript 各省计发基数表，仓库名未显示，第三方，非官方）	湖南：全省 base 7694（2025 年度值），note：湘人社规〔2025〕；湖南未并轨，计发基数独立设定（2025年缴费基准值6787 ≠ 计发基数7694）	湘人社规〔2025〕（号数未给）		
S	gh_idx_anchor2025	GitHub 代码索引文件 id 69669612486（“引擎隐患排查”脚本，仓库名未显示，第三方，非官方）	31 省 2025 年度缴费基数锚点表：hunan [6787, 4072, 20361, '湘人社 2025-09-22']			
S	gh_weante_hn	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-yuexiangwanmingan-2026.md 第三节 湖南：2026 年度统一基数 4,106 ~ 20,529（基准 6,843）	湘人社规〔2026〕14号（转引，未见原文）		https://github.com/weante/city-salary
S	hnchinanews_2021_resident	中新网湖南（华声在线稿，信息来自湖南省人社厅）	湖南全面完成城乡居民基础养老金提标工作 最低标准提高至113元		2021-01-10	http://www.hn.chinanews.com/news/2021/0110/408635.html
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: hunan/2		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	southmoney_hn_2024	社保网 shebao.southmoney.com（第三方，转述湖南省口径）	湖南社保基数最新调整2024：2023年全口径月平均工资6711元为月缴费基准值，下限4027、上限20133		2024-08	http://shebao.southmoney.com/dongtai/202408/586075.html
S	stockstar_2018_resident	证券之星（转载，信息来自湖南省人社厅；同内容见人民网稿 xwzx.qqzyw.com/show-205257.html）	湖南《关于2018年提高全省城乡居民基本养老保险基础养老金最低标准的通知》：85元提高至103元		2018-09-19	https://finance.stockstar.com/SS2018091900001083.shtml
S	xiang_rs_2014_37	湖南省人力资源和社会保障厅、湖南省财政厅（通知全文经 12333si.com 转载）	关于调整我省城乡居民基本养老保险基础养老金最低标准的通知（55元提高到60元）	湘人社发〔2014〕37号	2014-08-04	http://www.12333si.com/yanglao/201503/252722.html
S	xiangyin_2023_resident	湘阴县人力资源和社会保障局（政府信息公开，xiangyin.gov.cn）	【温暖社保·每周一课】城乡居民养老保险缴费标准是多少？有补贴吗？13档200元至3000元；100、200元档补贴30元，300、400元档40元，500元及以上60元		2023-11-24	https://xiangyin.gov.cn/31185/32018/32020/32038/32337/content_2139063.html
R	JL	吉林省	Jilin	
S	gh_lbf_jl	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方）	cloudfunctions/calculate/provinces/jilin.js；同仓库吉林居民养老 vs 灵活就业测算脚本；2024 计发基数批量表（file ids 56729446309, 69389112133, 56713980740, 56961552777）	吉人社联〔2024〕143号；吉人社联〔2025〕97号；吉人社联〔2025〕135号；吉政发〔2014〕29号；吉政发〔1998〕28号（均为转引，未见原文）	2026	https://github.com/liubigfatty/pension-calculator
S	gh_pensionbase_ts	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方计发基数表，自称逐省核对文号，更新于 2026-09-13）	吉林：全省（不含长春、农垦）7322（87865元/年）、长春 7978（95739元/年）、农垦企业 2223（26681元/年），吉人社联〔2025〕97号	吉人社联〔2025〕97号（转引）	2026-09-13	
S	gh_salary_tests	GitHub 代码索引文件 id 70907947104（仓库名未显示，第三方 337 城市薪资/社保计算器的测试文件，非官方）	吉林·五险下限 4393.2、上限 21966（吉人社联〔2025〕97号）	吉人社联〔2025〕97号（转引）	2026	
S	jlcity_2018_135	吉林市人力资源和社会保障局、吉林市财政局（吉林市政府信息公开平台 xxgk.jlcity.gov.cn，正文）	吉林市关于调整城乡居民基本养老保险基础养老金标准、个人缴费标准的通知（依据吉林省人社厅、财政厅《吉林省关于调整城乡居民基本养老保险基础养老金标准、个人缴费标准的通知》吉人社联字〔2018〕88号）	吉市人社发〔2018〕135号	2018-12-18	http://xxgk.jlcity.gov.cn/gzbm/rlzyshbzj_1/xbgkml/202009/t20200903_828188.html
R	JS	江苏省	Jiangsu	
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方）	各省/市养老金计发基数表（更新于2026-09-13）：江苏 全省 8917（2025年度，2026年度预发）		2026-09-13	
S	gh_idx_69669612486	GitHub 代码索引文件 id 69669612486（仓库名未显示，第三方，非官方）	各省2025年度 [月平均工资, 下限, 上限, 文号] 表：jiangsu [8254, 4952, 24762, 苏人社发〔2025〕33号]	苏人社发〔2025〕33号（转引）		
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 江苏 minBase 4879 / maxBase 24396（未标年度）			https://github.com/jiabin-xu/salary-calculator
S	gh_liubigfatty_js	GitHub liubigfatty/pension-calculator（第三方，非官方；文件自注“搜索结果，待官方文件确认”，历史计发基数序列为估算）	data/provinces/jiangsu.js：PROV_BASE（2022 8309、2023 8613、2024 8785、2025 8917）、SALARY_HISTORY（历年缴费基数上限）、AVG_SALARY_HISTORY		2026-06-10	https://github.com/liubigfatty/pension-calculator/blob/main/data/provinces/jiangsu.js
S	js_2021_resident	经 ledahr.org.cn 转载的江苏省人社厅消息	江苏省城乡居民基本养老保险基础养老金最低标准实现“十连增”（160元提高至173元，比国家标准高80元）		2021-02-23	https://www.ledahr.org.cn/content/news/show/104
S	js_rs_2020_52	江苏省人力资源和社会保障厅、江苏省财政厅（全文经 m12333.cn 转载，注明来源江苏省人社厅）	关于提高全省城乡居民基本养老保险基础养老金最低标准的通知（2020年）	苏人社发〔2020〕52号	2020-05-15	https://m12333.cn/policy/ime.html
S	js_rs_2024_resident	江苏省人力资源和社会保障厅、江苏省财政厅（全文经“无锡高新区在线”公众号转载于 wxredian.com；另有荔枝网 bobomg.com、新华日报 kbm75.com 报道）	省人力资源社会保障厅 省财政厅关于提高全省城乡居民基本养老保险基础养老金最低标准的通知（从2024年1月1日起由208元提高至228元）		2024-10-12	https://wxredian.com/art?id=2100d6498b7987cf8a0f1e1defb7374e
S	js_rs_2025_bases	江苏省人力资源和社会保障厅、省财政厅、省医疗保障局、省税务局（原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/jiangsu.md）	2025年度社会保险缴费工资基数通知（摘录：2025年1月1日至12月31日养老缴费工资基数上限24762元、下限4952元）	苏人社发〔2025〕33号（文号据 weante/city-salary，摘录本身未列文号）	2025-09-18	https://jshrss.jiangsu.gov.cn/art/2025/9/18/art_77277_11643402.html
S	js_rs_2025_flex	江苏省人力资源和社会保障厅（政策解读；原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/jiangsu.md）	灵活就业人员参保与缴费标准（20%，其中8%记入个人账户；十二档缴费基数）		2025-10-23	https://jshrss.jiangsu.gov.cn/art/2025/10/23/art_92895_11661366.html
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: jiangsu/7		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	yangtse_2022_resident	扬子晚报（经 11946.cn 转载）	江苏省城乡居保基础养老金最低标准提高至187元		2022-01-26	http://www.11946.cn/zh/2022/0126/19605.html
R	JX	江西省	Jiangxi	
S	audit_jx_2018	shebaodata.com/xinwen/165100.html; weimingtian.com/post/88982.html（第三方，经 2026-12 外部核查引述，本次未能再次打开）	江西省城乡居民基础养老金最低标准：2018-01 起 98 元，2018-10 起 105 元			https://www.shebaodata.com/xinwen/165100.html
S	cnr_2022_resident	央广网（经 weimingtian.com 转载，未见原页）	江西省人社厅、省财政厅下发《关于2022年提高城乡居民基本养老保险全省基础养老金最低标准的通知》报道		2022-05-06	https://weimingtian.com/post/88982.html
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方）	各省计发基数表：江西 全省 base 7054，note 赣人社发〔2025〕48号	赣人社发〔2025〕48号（转引，未核实）		
S	gh_idx_jx_base	GitHub 代码索引文件 id 56968015895 / 56713980740（同结构的养老金计算器数据，第三方，非官方，历史数据明显为估算）	data/provinces/jiangxi.js 注释“2023年基数6747元，2024年基数6916元，2025年基数7054元”；另文件标注 6916 对应 赣人社字〔2024〕301号	赣人社字〔2024〕301号（转引，未核实）		
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 江西 minBase/maxBase（未标年度，同表其他省份与 2024 年度数值吻合）			https://github.com/jiabin-xu/salary-calculator
S	gh_weante_cs	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-yuexiangwanmingan-2026.md 第六节 江西（引用 赣人社字〔2025〕150号）	赣人社字〔2025〕150号（转引）		https://github.com/weante/city-salary
S	govcn_2015_resident	中国政府网（记者稿，信息来自江西省人社厅）	江西连续提高城乡居民基本养老保险基础养老金标准（55元→70元→80元）		2015-02-26	http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2015-02/26/content_2822001.htm
S	jx_rs_2019_187	江西省人力资源和社会保障厅等四部门（经第三方网站 sz45day.com 转载，未见官方原页）	关于确定2019年度社会保险使用的城镇单位就业人员月平均工资的通知	赣人社字〔2019〕187号	2019-05-30	http://sz45day.com/content-5-52-925.html
S	ruoyo_jx_2023_resident	若悠网 ruoyo.com（第三方社保资讯，低质量）	2023年江西省城乡居民基本养老保险缴费档次和缴费补贴标准为14档：300元（40元）……6000元（230元）		2023	https://ruoyo.com/wuxian/yanglao/75438.html
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1 (the cases named in each entry; tests/sheets/cases.toml)		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	LN	辽宁省	Liaoning	
S	gh_lbf_ln	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方）	cloudfunctions/calculate/provinces/liaoning.js 与 liaoning.json，另有同仓库 2025 年度基数锚点脚本（file ids 56680182211, 69758967490, 69669612486, 69484712990）	辽人社〔2020〕34号 / 〔2021〕32号 / 〔2022〕32号 / 〔2023〕26号 / 〔2024〕17号 / 〔2025〕17号（转引，未见原文）	2026	https://github.com/liubigfatty/pension-calculator
S	gh_pensionbase_ts	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方计发基数表，自称逐省核对文号，更新于 2026-09-13）	各省/市养老金计发基数：辽宁 全省（不含沈阳、大连）7346、沈阳 8390、大连 8956（辽人社〔2025〕17号）	辽人社〔2025〕17号（转引）	2026-09-13	
S	gh_salary_tests	GitHub 代码索引文件 id 70907947104（仓库名未显示，第三方 337 城市薪资/社保计算器的测试文件，非官方）	辽宁·五险下限 4533、上限 22665（辽人社〔2026〕19号）	辽人社〔2026〕19号（转引，未见原文）	2026	
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: liaoning/7		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	NM	内蒙古自治区	Inner Mongolia	
S	gh_idx_59215717864	GitHub 代码索引文件 id 59215717864（仓库名未显示，第三方微信小程序参数文件，非官方）	养老金地区参数 YEAR=2025：各省 averageWage 与 basicPension（城乡居民基础养老金）		2025	
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方 TypeScript 数据文件，非官方）	各省/市养老金计发基数表（更新于 2026-09-13）：内蒙古 全区 8430（2026 年度，按'计发基数=上年全口径'推定），transitionRatio 0.012		2026-09-13	
S	gh_idx_69669612486	GitHub 代码索引文件 id 69669612486（校验脚本，属 liubigfatty/pension-calculator 一系，第三方，非官方）	31 省 2025 年度官方缴费基数锚点表：内蒙古 [8179, 4907, 24537, 内人社办发〔2025〕160号]	内人社办发〔2025〕160号（转引）	2026	
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 内蒙古 minBase 4863 / maxBase 24315（未标年度，同表其他省份为 2024 年度值）			https://github.com/jiabin-xu/salary-calculator/blob/main/src/data/provice.ts
S	gh_liubigfatty_nm	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方；称以一张 2022-09 官方核定表校验）	cloudfunctions/calculate/provinces/neimenggu.js 与 neimenggu.json（PROV_BASE 计发基数、AVG_SALARY_HISTORY 全口径、过渡系数与指数封底规则）	内人社办发〔2023〕140号、〔2024〕136号、〔2024〕152号、〔2025〕160号（转引，均未见原文）	2026-07	https://github.com/liubigfatty/pension-calculator/tree/main/cloudfunctions/calculate/provinces
S	gh_weante_meng	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-ganingmengxinqingqiong-2026.md 三、内蒙古：2026 年度养老/失业/工伤基数 5058~25290（全区月均 8430，内人社办发〔2026〕85号）；医保基数 80%~300% 独立口径	内人社办发〔2026〕85号（转引，未见原文）	2026-09	https://github.com/weante/city-salary/blob/main/docs/policy-ganingmengxinqingqiong-2026.md
S	govcn_2018_nm_resident	中国政府网（转载内蒙古日报）	内蒙古提高城乡居民养老保险基础养老金最低标准（自治区人社厅、财政厅《关于2018年提高全区城乡居民养老保险基础养老金最低标准的通知》）		2018-08-04	http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2018-08/04/content_5311721.htm
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: neimenggu/2 (内蒙古自治区企业职工基本养老保险待遇核定表, 2025-09)		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	NX	宁夏回族自治区	Ningxia	
S	cnr_2015_resident	央广网（经 m.yhaog.com 转载）	宁夏调增城乡居民基本养老金最低标准（100元提高到115元）		2015-05-31	http://m.yhaog.com/newscenter/native/city/20150531/t20150531_518696282.shtml
S	cnr_2017_resident	央广网报道（经 csshebao.com 改写转载，可靠性一般）	宁夏城乡居民基础养老金最低标准由115元提高到120元		2017	http://www.csshebao.com/yanglao/30619.html
S	gh_idx_anchor2025	GitHub 代码索引文件 id 69669612486（仓库名未显示，第三方养老金引擎核对脚本，非官方）	ANCHOR_2025：31 省 2025 年度执行社平、下限、上限（ningxia: 8258 / 4955 / 24774，标注“宁人社 2025年度”）		2025/2026	
S	gh_idx_jifa_list	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方各省计发基数表，自称 2026-09 逐省核对文号）	各省/市养老金计发基数：宁夏 全区 8366，注“宁税发〔2025〕130号；网传‘8575’无官方依据”；transitionRatio 0.012	宁税发〔2025〕130号（转引，未见原文）	2026-09-13	
S	gh_idx_ningxia_js	GitHub 代码索引文件 id 56708591263（data/provinces/ningxia.js，第三方养老金计算器；含三张宁夏养老金核定表的数字，早年数值为估算）	宁夏 PROV_BASE / AVG_SALARY_HISTORY（2025: 8258）、TRANS_COEF 0.013、知识分子补贴、核定表案例（2024-04 退休 计发基数 7953；2026-01 退休 8366 / 8082）		2026-06-10	
S	gh_idx_prov2024	GitHub 代码索引文件 id 56713980740（养老金计算器批量更新脚本，第三方，非官方）	2024年计发基数数据：ningxia 8202（标注“搜索结果”）			
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 宁夏 minBase 4853 / maxBase 24264（表未标年度）			https://github.com/jiabin-xu/salary-calculator
S	govcn_2013_resident	中国政府网（转载宁夏日报，信息来自自治区人社厅）	宁夏提高城乡居民社会养老保险基础养老金标准（70元调整为85元）		2013-03-02	http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/2013-03/02/content_2343356.htm
S	nx_rs_2026_152	宁夏回族自治区人力资源和社会保障厅、财政厅、医疗保障局、国家税务总局宁夏回族自治区税务局（内容经 gh_weante_policy 引述）	关于2026年度社会保险缴费基数有关问题的通知	宁人社发〔2026〕152号	2026-08-26	https://hrss.nx.gov.cn/xxgk/zcj/zcfg/shbz/202608/t20260828_5325572.html
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: ningxia/1		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	QH	青海省	Qinghai	
S	cns_2016_resident	中国新闻网（经 city28.com 转载）	青海省第四次提高城乡居民养老保险基础养老金标准（2016-01-01 起 140 元）		2016-03-04	http://city28.com/news/article156232.html
S	cns_2018_resident	中国新闻网（经 canet.com.cn 转载），报道青海省人社厅、省财政厅《关于提高我省城乡居民基本养老保险基础养老金标准的通知》	青海上调城乡居民基础养老金标准（155→175 元，2018-01-01 起）		2018	http://canet.com.cn/si/616532.html
S	gh_idx_anchor2025	GitHub 代码索引文件 id 69669612486（仓库名未显示，第三方养老金引擎核对脚本，非官方）	ANCHOR_2025：31 省 2025 年度执行社平、下限、上限（qinghai: 8816 / 5289.6 / 26448，标注“青人社 2025年度”）		2025/2026	
S	gh_idx_interest	GitHub 代码索引文件 id 69509672764（第三方养老金引擎修正脚本注释，非官方）	记账利率修正说明：5.35% 是青海省 2021 年城乡居民记账利率（青人社厅函〔2021〕637号），不是职工记账利率	青人社厅函〔2021〕637号（转引，未见原文）	2026-09-15	
S	gh_idx_jifa_list	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方各省计发基数表，自称 2026-09 逐省核对文号）	各省/市养老金计发基数：青海 全省 9056，注“青人社厅发〔2025〕69号（同文含缴费基数8816与计发基数9056）”；transitionRatio 0.012	青人社厅发〔2025〕69号（转引，未见原文）	2026-09-13	
S	gh_idx_prov2024	GitHub 代码索引文件 id 56713980740（养老金计算器批量更新脚本，第三方，非官方）	2024年官方计发基数数据：qinghai 8878，注“青人社厅函〔2024〕437号”	青人社厅函〔2024〕437号（转引，未见原文）		
S	gh_idx_qinghai_js	GitHub 代码索引文件 id 56672030939 / 56708098261（data/provinces/qinghai.js，第三方养老金计算器，早年数值为估算，可靠性低）	青海 PROV_BASE 2023 8591 / 2024 8878 / 2025 9056；注释“2023年基数8591元（青人社厅函〔2023〕461号）”；TRANS_COEF 0.014	青人社厅函〔2023〕461号（转引，未见原文）	2026-06-10	
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 青海 minBase 5186 / maxBase 25929（表未标年度）			https://github.com/jiabin-xu/salary-calculator
S	gkshanghai_2014_resident	第三方英文机器翻译转载（gk-shanghai.org.cn），原文为青海省人社厅通知报道	Urban and rural residents to raise the basic pension（青人社厅发〔2014〕15号：85→110 元，2014-01-01 起）	青人社厅发〔2014〕15号（据译文 'Green Community Hall hair 2014 No. 15' 还原）	2014	https://www.gk-shanghai.org.cn/tkwpr1648
S	qh_rs_2026_54	青海省人力资源和社会保障厅、省财政厅、省医疗保障局、国家税务总局青海省税务局（内容经 gh_weante_policy 引述，页面刊于青海省税务局网站与海北州人社局网站）	2026年全省社会保险缴费基数通知	青人社厅发〔2026〕54号	2026-09-15	http://qinghai.chinatax.gov.cn/hbz/sjtzgg/202609/a75a3e1426ff47609e20a49c859ac000.shtml
S	qhnews_2016_resident	青海新闻网（经 xining.baogaosu.com 转载）	我省四提城乡居民基础养老金		2016-03-04	https://xining.baogaosu.com/xinwen/%E6%88%91%E7%9C%81%E5%9B%9B%E6%8F%90%E5%9F%8E%E4%B9%A1%E5%B1%85%E6%B0%91%E5%9F%BA%E7%A1%80%E5%85%BB%E8%80%81%E9%87%91/44316648
S	tibet_2020_resident	中国西藏网（转载青海省人社厅消息）	青海省再次提高城乡居民基本养老保险基础养老金水平（《关于2020年提高青海省城乡居民基本养老保险基础养老金标准的通知》）		2020-10-22	http://tibet.cn/cn/medicine/news/202010/t20201022_6875727.html
S	xiangrikui_2014_resident	中国新闻网（经 xiangrikui.com 转载）	青海调整新农保和城居保基础养老金（每人每月85元提高到110元）		2014-02-18	http://xiangrikui.com/shehuibaoxian/yanglaobaoxian/20150504/425484.html
R	SC	四川省	Sichuan	
S	cd_ybj_2025_17	成都市人民政府门户网站（成都市医疗保障局参保缴费问答；原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/sichuan.md）	灵活就业人员医保缴费基数按上年度全口径省平工资（90220元/人/年）的80%	成医保办〔2025〕17号	2025-04-16	https://www.chengdu.gov.cn/cdsrmzf/c173847/2025-04/16/content_8376a035551644da985638be53716c19.shtml
S	cdrb_2024_resident	成都日报锦观新闻（经 sz12333.net.cn 转载）	四川省人社厅《关于2024年提高城乡居民基本养老保险基础养老金最低标准的通知》：自2024年7月1日起最低标准提高至163元		2024-12-31	http://www.sz12333.net.cn/baoxian/29961.html
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方）	各省计发基数表：四川 全省 base 8462，note“2025年度值（原8321为2024年度值）；四川未并轨，惯例11-12月公布”		2026-09-13	
S	gh_idx_scjs	GitHub 代码索引文件 id 55701220422（仓库名未显示；养老金计算器 data/provinces/sichuan.js，第三方，非官方；含据“四川省社会保险业务办理结果通知单”录入的个案）	四川 全口径平均工资序列（2019 5772.25 … 2023 7518.33）及个案：2024-06退休重核按计发基数8321、2025-12退休按8462；增发养老金=指数化月平均缴费工资×0.1%×累计缴费年限；过渡性养老金系数1.3%	川劳社发〔2006〕17号、18号（被引）	2026-06-10	
S	gh_weante_sc	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-jsxcq-2026.md 第四节 四川：2026年度基数上限23493/下限4699（川人社4部门2026-09-07通知）；2025年度22938/4588（川人社办发〔2025〕39号）	川人社办发〔2026〕50号（见同仓库测试文件，转引）	2026-09	https://github.com/weante/city-salary
S	sc_2020_resident	第三方转载（dog0769.com，繁体，记者刘涛），报道四川省人社厅消息	2020年7月1日起四川全省基础养老金最低标准增加5元，提高至每人每月105元		2020-12-16	http://dog0769.com/guonei/20201216/9233.html
S	sc_rs_2025_39	四川省人力资源和社会保障厅、财政厅、省医疗保障局、国家税务总局四川省税务局（原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/sichuan.md）	2025年度全省社会保险缴费基数上下限（含个人参保缴费比例）通知	川人社办发〔2025〕39号	2025-09-22	https://rst.sc.gov.cn/rst/zdmsxxzccs/2025/9/22/7f8a2d10c7e447a682ca54553d5b195f.shtml
S	scol_2018_resident	四川在线（经 kbcmw.com 转载），报道省人社厅政务网站消息	自2018年1月1日起全省城乡居民基本养老保险基础养老金最低标准提高至每人每月93元		2018-09-14	http://kbcmw.com/html/xw/dzyw/45305.html
S	scrb_2022_resident	四川日报（全媒体记者刘春华；经中国西藏网转载，镜像 tyjgjz.com，新闻稿，非文件原文）	15个缴费档次最高补贴280元：我省决定从2022年1月1日起调整优化城乡居民基本养老保险个人缴费档次和政府补贴标准		2022-11-04	http://www.tyjgjz.com/cn/Instant/local/202211/t20221104_7302197.html
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: sichuan/3		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	SD	山东省	Shandong	
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（TypeScript 各省计发基数表，仓库名未显示，第三方，非官方）	山东：全省（不含菏泽）base 7831，note 鲁人社字〔2025〕100号；菏泽（企业）7506；transitionRatio 0.013	鲁人社字〔2025〕100号（转引，未见原文）		
S	gh_idx_anchor2025	GitHub 代码索引文件 id 69669612486 / 69484712990（“引擎隐患排查”脚本，仓库名未显示，疑与 liubigfatty/pension-calculator 同源，第三方，非官方）	31 省 2025 年度缴费基数锚点表：shandong [7506, 4504, 22518, '鲁人社字〔2025〕91号']	鲁人社字〔2025〕91号（转引，未见原文）		
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 山东 minBase 4416 / maxBase 22078（未标年度；同表广东 4492/27501、江西 3839/19191 均为 2024 年度值）			https://github.com/jiabin-xu/salary-calculator
S	gh_liubig_sd	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方；同仓库另有 data/provinces/shandong.js = 索引文件 id 56677762697，及批量脚本 id 56713980740）	cloudfunctions/calculate/provinces/shandong.json：avg_salary_history（按执行年度）、base_rates.prov（计发基数）、过渡系数 1.3%	鲁人社字〔2023〕108号、鲁人社字〔2024〕112号、鲁人社字〔2025〕100号（转引，未见原文）		https://github.com/liubigfatty/pension-calculator
S	gh_weante_sd	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-cqsdlnjlhlj-2026.md 第二节 山东全省：2026 年度五险统一基数 4,573 ~ 22,863（2025 年度全口径年平 91,452 元）	鲁人社字〔2026〕75号（转引，2026-08-14，未见原文）		https://github.com/weante/city-salary
S	iqilu_2021_resident	齐鲁网·闪电新闻（山东广播电视台）	再涨！山东全省居民养老保险基础养老金最低标准提高到150元	山东省人社厅、省财政厅《关于提高居民基本养老保险基础养老金最低标准的通知》（文号未给出）	2021-07-03	http://news.iqilu.com/shandong/yaowen/2021/0703/4897405.shtml
S	netease_2026_resident	网易号文章（163.com，自媒体，引2026年山东省政府工作报告）	山东明确了！2026年继续提高城乡居民基础养老金：省级基础养老金最低标准208元；2024、2025年山东未额外提高本省标准；居民养老保险8个缴费档次及补贴		2026	https://www.163.com/dy/article/KKN5K3FK05565VKC.html
S	sd_2014_resident	转载稿（m.xhurbanfurniture.com；同文又见 kcuv.cn/yanglaobaoxian/1180090），信息来自山东省财政厅	2014年山东将提高居民基础养老金标准（65元提高到75元）		2014	http://m.xhurbanfurniture.com/shebao/yanglao/102538.html
S	sd_rs_2023_resident	山东省人力资源和社会保障厅、山东省财政厅（通知全文，经第三方 m.ddtbk.com 转载）	关于提高居民基本养老保险基础养老金最低标准的通知（2023年，160元提高到168元）		2023-12-05	http://m.ddtbk.com/news/18c3bec9b971a4cd6e6548bd35406ed0.html
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: shandong/1; shandong/5; shandong/7		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	zcnews_2013_resident	诸城新闻网（诸城市融媒体中心），转载，信息来自山东省财政厅	山东省基础养老金标准提高至每月65元		2013-10-20	http://zcnews.net.cn/index.php/article/view/id/13567.html
S	zjjiangtong_sd	m.zjjiangtong.com（第三方汇总页，标注各条发布时间，可靠性低）	山东省基本养老保险相关信息：灵活就业基数上限22078/下限4416（2024-07-11）；企业基数上限18726/下限3746（2023-09-29）；2023年度职工基本养老保险待遇计发基数7468元（2023-07-29）		2024	http://m.zjjiangtong.com/post/9719.html
R	SH	上海市	Shanghai	
S	anfang_2023_flex	热讯安防网 m.anfang.rexun.cn（转载，第三方）	哪些人员可以按灵活就业人员上海参保（解读沪人社规〔2023〕5号）	沪人社规〔2023〕5号（引）	2023-05-17	http://m.anfang.rexun.cn/afkx/2023/0517/12299.html
S	chinabriefing_2019_base	China Briefing（Dezan Shira & Associates，第三方）	Shanghai's Social Insurance Contribution Base: Upper and Lower Limits Updated		2019-03	https://www.china-briefing.com/news/shanghais-social-insurance-contribution-base-upper-lower-limits-updated/
S	gh_code_provsi	GitHub 代码检索摘录（code corpus，仓库名未显示，第三方；同类文件疑为大模型生成，可靠性低）	provinceSocialInsurance: 上海 minBase 7384, maxBase 36921			
S	gh_code_sh2023	GitHub 代码检索摘录（code corpus，仓库名未显示，第三方）	All data based on Shanghai 2023-2024 standards: SOCIAL_SECURITY_BASE_MIN 7310, MAX 36549			
S	gh_lbf_sh	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方）	cloudfunctions/calculate/provinces/shanghai.js（file id 69830257762）：计发基数 2020-2025 与社平序列		2026	https://github.com/liubigfatty/pension-calculator
S	gh_pensionbase_ts	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方计发基数表，更新于 2026-09-13）	上海 全市 12577（2025年度全口径月平均工资，2026-08-18 公布，并轨推定）；过渡系数 0.013		2026-09-13	
S	gh_salary_tests	GitHub 代码索引文件 id 70907947104（仓库名未显示，第三方 337 城市薪资/社保计算器测试文件）	上海·养老下限 7546、上限 37731（2026-08-18 公示）		2026	
S	rsatax_2022_base	RSA Tax（咨询公司网站，第三方）	Shanghai new social contributions limits		2022-07	https://www.rsa-tax.com/single-post/shanghai-new-social-contributions-limits
S	rsj_en_2021_pension	上海市人力资源和社会保障局英文页（转 SHINE，另见 shine.cn/news/metro/2105128826）	City raising residents' old age pensions		2021-05-14	https://rsj.sh.gov.cn/tnews_17614/20210514/t0035_1399548.html
S	sh_flex_rate_2024	上海市人力资源和社会保障局等（原文摘录见 Alaric1098/China-Pension-Strategy-Skill）	关于灵活就业人员参加本市职工基本养老保险有关问题的补充通知（养老缴费比例调整为20%）		2024-02-28	https://www.shanghai.gov.cn/nw12344/20240228/1fa3b59ef795429f9bc3cfd7b6599ceb.html
S	sh_rs_2023_5	上海市人力资源和社会保障局、上海市医疗保障局、国家税务总局上海市税务局（原文摘录见 Alaric1098/China-Pension-Strategy-Skill）	关于灵活就业人员参加本市职工基本养老、职工基本医疗保险有关问题的通知	沪人社规〔2023〕5号	2023	https://www.shanghai.gov.cn/grshbxsjzc/20241112/dc9f6287c6d04c4badc4fe906981f986.html
S	sh_rsj_2025_base	上海市人力资源和社会保障局（问答页，原文摘录见 Alaric1098/China-Pension-Strategy-Skill）	2025年7月1日起社保缴费基数上下限（按2024年度全口径城镇单位就业人员平均工资12434元/月）		2025-10-24	https://rsj.sh.gov.cn/tdjjf_17554/20251024/t0035_1436357.html
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1 (the cases named in each entry; tests/sheets/cases.toml)		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	zhongxin_2017_pension	中国新闻网报道的英文转载（jlxqt.cn，第三方）	Shanghai takes the lead in announcing the 2017 pension adjustment		2017-05-09	http://www.jlxqt.cn/opinion4341
R	SN	陕西省	Shaanxi	
S	gh_calc_anchor	GitHub 代码索引文件 id 69669612486（第三方养老金计算器项目的核查脚本，非官方）	31 省「2025 年度官方缴费基数」锚点表：shaanxi [7750, 4650, 23250, 陕人社函〔2025〕424号]	陕人社函〔2025〕424号（转引）		
S	gh_calc_bundle	GitHub 代码索引文件 id 69816202795（与 gh_calc_anchor 同一项目，shaanxi.js，非官方）	陕西 PROV_BASE（计发基数 2023:7489 / 2024:7727 / 2025:7881）、AVG_SALARY_HISTORY（2022:7029, 2023:7598, 2024:7750, 2025:8031）、TRANS_COEF 0.014	陕人社函〔2024〕301号；陕政发〔2006〕20号（转引，未见原文）	2026-07-23	
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 陕西 minBase 4559 / maxBase 22795（未标年度）			https://github.com/jiabin-xu/salary-calculator
S	gh_jifa_list	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方；与计算器项目不同）	各省/市养老金计发基数表（更新于 2026-09-13）：陕西 全省 base 7881（2025 年度值，2026 待公布）		2026-09-13	
S	gh_weante_policy	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-jijinshanguiyungui-2026.md 第三节 陕西（2026年度 4737~23685，全口径月均 7895；2025年度 4650~23250 陕人社函〔2025〕424号）	陕人社函〔2026〕326号；陕人社函〔2025〕424号（转引）	2026-09/10	https://github.com/weante/city-salary
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: shaanxi/2		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	sxrb_2019_resident	陕西日报（记者李羽佳；中国政府网地方新闻栏目转载，镜像 nakedoat.com，路径 xinwen/2019-06/26/content_5403251.htm）	陕西省调整城乡居民基本养老保险个人缴费档次：《关于建立城乡居民基本养老保险待遇确定和基础养老金正常调整机制的实施意见》，从2020年1月1日起设10个档次并提高缴费补贴		2019-06-26	http://nakedoat.com/xinwen/2019-06/26/content_5403251.htm
S	xa_12345_2026	西安市数据局（西安12345近期咨询热点汇总，2026-09-04；经 weante/city-salary 核查记录转引，原页未直接打开）	陕西省2026年度职工基本养老保险、失业保险、工伤保险核定个人缴费基数上限 23685 元/月、下限 4737 元/月	陕人社函〔2026〕326号（省级原文未见）	2026-09-04	http://xasjj.xa.gov.cn/zmhd/hygq/2098244330577846274.html
R	SX	山西省	Shanxi	
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方 TypeScript 数据文件，非官方）	各省/市养老金计发基数表（更新于 2026-09-13）：山西 全省 7253（2025 年度值），transitionRatio 0.012		2026-09-13	
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 山西 minBase 4113 / maxBase 20564（未标年度，同表其他省份为 2024 年度值）			https://github.com/jiabin-xu/salary-calculator/blob/main/src/data/provice.ts
S	gh_liubigfatty_sx	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方；称以 5 张核定表校验）	cloudfunctions/calculate/provinces/shanxi.js 与 shanxi.json（PROV_BASE 计发基数、AVG_SALARY_HISTORY、过渡系数、冬季取暖补贴、双指数）		2026	https://github.com/liubigfatty/pension-calculator/tree/main/cloudfunctions/calculate/provinces
S	gh_weante_jijin	GitHub weante/city-salary（第三方调研文档，非官方）	docs/policy-jijinshanguiyungui-2026.md 二、山西：2026 年度 4244~21219（全口径月均 7073，晋人社厅发〔2026〕27号）；2025 年度 4198~20991（晋人社厅发〔2025〕35号）	晋人社厅发〔2025〕35号（转引，未见原文）	2026-09	https://github.com/weante/city-salary/blob/main/docs/policy-jijinshanguiyungui-2026.md
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1 (the cases named in each entry; tests/sheets/cases.toml)		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	sx_51shebao_2019	51社保 HR 政策库转载山西省人社厅通知（非政府网站；经 GitHub 代码索引文件 id 69071506016 登记为未核实候选值）	山西省2019年缴费基数上下限（2018年全省全口径城镇单位就业人员平均工资54783元）		2019-06-06	https://zc.51shebao.com/detail/800162
S	sx_rs_2026_27	山西省人力资源和社会保障厅、山西省财政厅、国家税务总局山西省税务局、山西省医疗保障局（全文读于 littledsw/labor_lawyer regions/municipalities/shanxi/regulations/2026-08-21-关于公布2026年缴纳社会保险费基数标准等有关问题的通知.md，commit 1df0b6749a771266aee55dd479f94e261ed80ab8：该仓库 2026-09-22 从省人社厅官网抓取的原文存档；摘录亦见 tools/crawl/stage19_shanxi_social_insurance.py）	关于公布2026年缴纳社会保险费基数标准等有关问题的通知	晋人社厅发〔2026〕27号	2026-08-21	https://rst.shanxi.gov.cn/zwyw/tzgg/202608/t20260826_10207826.shtml
S	sxfb_2018_resident	山西发布（省政府新闻办公众号；经村网通 nync.com 会员转载）	《关于建立城乡居民基本养老保险待遇确定和基础养老金正常调整机制的实施意见》11月26日由省人社厅、省财政厅印发，从2019年1月1日起实施：缴费档次调整为200元至5000元10个档次，补贴35元至300元		2018-12-01	http://169350.nync.com/article/2097327.html
R	TJ	天津市	Tianjin	
S	gh_alaric_tj	GitHub Alaric1098/China-Pension-Strategy-Skill（第三方规则包，非官方；摘录官方原文并附工程解释）	references/regions/tianjin.md 天津市层面规则证据（2025 年度基数上下限、灵活就业社保补贴、灵活就业不缴失业保险）		2026	https://github.com/Alaric1098/China-Pension-Strategy-Skill/blob/main/references/regions/tianjin.md
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方 TypeScript 数据文件，非官方）	各省/市养老金计发基数表（更新于 2026-09-13）：天津 全市 9417，标注为 2025 年度值、2026 年度未公布		2026-09-13	
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 天津 minBase 5013 / maxBase 25065（未标年度，同表北京 6821/35283 等为 2024 年度值）			https://github.com/jiabin-xu/salary-calculator/blob/main/src/data/provice.ts
S	gh_liubigfatty_tj	GitHub liubigfatty/pension-calculator（第三方养老金计算器，非官方；同仓库内数值有自相矛盾处）	cloudfunctions/calculate/provinces/tianjin.js 与 tianjin.json（计发基数 prov 序列、avg_salary_history 全口径序列、过渡系数）		2026	https://github.com/liubigfatty/pension-calculator/tree/main/cloudfunctions/calculate/provinces
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: tianjin/6		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	tj_rs_2025_6	天津市人力资源和社会保障局、市医保局、市税务局（原文摘录见于 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/tianjin.md，该文件称已经天津日报/新华网天津 2025-09-19 转载核对）	关于公布2024年度全市职工平均工资及2025年度工资福利待遇标准等有关问题的通知	津人社局发〔2025〕6号（文号见 gh_weante_tj 与 gh_idx_69669612486）	2025-09-18	https://hrss.tj.gov.cn/zhengwugongkai/zhengcezhinan/zxwjnew/202509/t20250918_7136642.html
S	tj_rs_2026_5	天津市人力资源和社会保障局等（经 GitHub weante/city-salary docs/policy-tj-2026.md 转述，未见原文）	2026年度社会保险缴费基数上下限通知	津人社局发〔2026〕5号	2026-08-17	
R	XJ	新疆维吾尔自治区	Xinjiang	
S	gh_idx_anchor2025	GitHub 代码索引文件 id 69669612486（仓库名未显示，第三方养老金引擎核对脚本，非官方）	ANCHOR_2025：31 省 2025 年度执行社平、下限、上限（xinjiang: 8448 / 5069 / 25344，标注“新人社 2025年度”）		2025/2026	
S	gh_idx_jifa_list	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方各省计发基数表，自称 2026-09 逐省核对文号）	各省/市养老金计发基数：新疆 全区 8744（year 2026），注“2025年全口径104926元/年，并轨推定（2026-07-27通知）”；transitionRatio 0.012		2026-09-13	
S	gh_idx_prov2024	GitHub 代码索引文件 id 56713980740（养老金计算器批量更新脚本，第三方，非官方）	2024年计发基数数据：xinjiang 8332（标注“搜索结果”）			
S	gh_idx_xinjiang_js	GitHub 代码索引文件 id 56723586623 / 56702082439（data/provinces/xinjiang.js，第三方养老金计算器，早年数值为估算，内部不一致）	新疆 PROV_BASE 2025 8448（注“2025年计发基数=2024全口径社平”）、AVG_SALARY_HISTORY 8332 / 8448、TRANS_COEF 0.014		2026-06-10	
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 新疆 minBase 4999 / maxBase 24996（表未标年度）			https://github.com/jiabin-xu/salary-calculator
S	xj_rs_2026_base	新疆维吾尔自治区人力资源和社会保障厅、财政厅、国家税务总局新疆维吾尔自治区税务局（内容经 gh_weante_policy 全文抓取引述）	关于明确2026年自治区城镇职工基本养老保险缴费基数的通知		2026-07-27	https://rst.xinjiang.gov.cn/xjrst/c112734/202609/234e01d8b8b9404ca3c98c2cee384903.shtml
R	XZ	西藏自治区	Tibet (Xizang)	
S	gh_calc_bundle	GitHub 代码索引文件 id 69816202795（第三方养老金计算器 xizang.js，非官方）	西藏 PROV_BASE = AVG_SALARY_HISTORY（当年口径，2005-2025 据用户提供的社保核验表 2025-12-10 逐行确认）、XIZANG_SUBSIDIES、flex_retire_age、TRANS_COEF		2026-07-23	
S	gh_calc_engine	GitHub 代码索引文件 id 69430920077（与 gh_calc_bundle 同一项目的计算引擎，非官方）	xizang_subsidies：高原补贴比例按在藏工作年限 5%/10%/15%；交通费、取暖防寒费、过渡期福利金；flex_retire_age 女45/男55（藏政发〔2006〕37号等）	藏政发〔2006〕37号（转引）		
S	gh_jifa_list	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方；与计算器项目不同）	各省/市养老金计发基数表：西藏 全区 base 11777（藏人社发〔2025〕56号；上限35331=11777×3、下限7066.2=11777×0.6）	藏人社发〔2025〕56号（转引）	2026-09-13	
S	gh_weante_xizang	GitHub weante/city-salary（第三方调研文档，非官方；只记文号，来源 URL 未回填）	docs/policy-xizang-2026.md：2026 11954 / 7172.4 / 35862（藏人社发〔2026〕46号）；2025 11777 / 7066.2 / 35331（藏人社发〔2025〕56号）；2024 11546 / 6927.6 / 34638（藏人社发〔2024〕42号）；灵活就业 6 档、比例 20%	藏人社发〔2026〕46号；藏人社发〔2025〕56号；藏人社发〔2024〕42号（转引，未见原文）	2026-09	https://github.com/weante/city-salary
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1: xizang/1, xizang/4		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
R	YN	云南省	Yunnan	
S	gh_calc_anchor	GitHub 代码索引文件 id 69669612486（第三方养老金计算器项目的核查脚本，非官方）	31 省「2025 年度官方缴费基数」锚点表：yunnan [7263, 4357, 21789]	云人社 2025年度（未给文号）		
S	gh_calc_bundle	GitHub 代码索引文件 id 69816202795 及旧版 id 56677031029（与 gh_calc_anchor 同一项目，非官方）	云南 PROV_BASE（计发基数）/ AVG_SALARY_HISTORY / TRANS_COEF / 独生子女补贴 数据表		2026-06/07	
S	gh_calc_engine	GitHub 代码索引文件 id 69430920077（与 gh_calc_anchor 同一项目的计算引擎，非官方）	special_addition one_child：云南 云劳社〔2002〕76号，比例 5%	云劳社〔2002〕76号（转引）		
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/provice.ts provinceSocialInsurance 云南 minBase 4306.2 / maxBase 21531（未标年度）			https://github.com/jiabin-xu/salary-calculator
S	gh_jifa_list	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方；与计算器项目不同）	各省/市养老金计发基数表（更新于 2026-09-13）：云南 全省 base 8265（2025 年度值，2026 待公布；注：云南未并轨，计发基数高于全口径社平）		2026-09-13	
S	gh_km_payroll	GitHub 代码索引文件 id 70870697862 / 70910653455 / 70887249200（同一昆明薪资计算项目，仓库名未显示，第三方）	Kunming payroll: 2025 base 4,357–21,789 (dhlc.gov.cn page); 2026 base 4,403–22,017 (云人社发〔2026〕8号), pension from Jan 2026, medical from 1 Sep 2026	云人社发〔2026〕8号（转引）	2026-09/10	https://www.dhlc.gov.cn/fsx/Web/_F0_0_6C9DO9USE71563368BE04C9C90.htm
S	longling_2023_resident	龙陵县平达乡人民政府（政府信息公开，longling.gov.cn，索引号 01526289-8/20230630-00001）	云南省人力资源和社会保障厅、云南省财政厅、国家税务总局云南省税务局联合印发《关于进一步完善云南省城乡居民基本养老保险制度的通知》：增加缴费档次，调整政府缴费补贴	关于进一步完善云南省城乡居民基本养老保险制度的通知（文号未见）	2023-06-30	https://longling.gov.cn/info/9190/3908679.htm
S	sheets_transcribed	GitHub liubigfatty/pension-calculator (third-party transcriptions of official sheets)	Official sheets transcribed in cases/*.json at commit dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1 (the cases named in each entry; tests/sheets/cases.toml)		2026	https://github.com/liubigfatty/pension-calculator/tree/dba9b78b4a88eeab01adec5ff4a5f6573e51f2e1/cases
S	yn_rs_2026_8	云南省人力资源和社会保障厅等（原文未直接打开；经 weante/city-salary 与昆明薪资项目转引，后者给出 yn.gov.cn / kunming.cn / 人民网云南频道 等转载地址）	2026年度社会保险缴费基数上下限通知（上限按 7339 元的 300%、下限按 60%）	云人社发〔2026〕8号	2026-08-29	https://www.yn.gov.cn/hdjl/msgq/202608/t20260829_330317.html
R	ZJ	浙江省	Zhejiang	
S	gh_idx_68747576956	GitHub 代码索引文件 id 68747576956（仓库名未显示，第三方，非官方）	各省/市养老金计发基数表（更新于2026-09-13）：浙江 全省 8433，注“2024年度全口径加权平均工资（并轨省）；网传8869无官方出处，已回退”		2026-09-13	
S	gh_jiabin_salary	GitHub jiabin-xu/salary-calculator（第三方，非官方）	src/data/data.md 与 provice.ts：浙江 下限4812（data.md）、上限24930（两处一致；provice.ts 下限写作2950，疑误）			https://github.com/jiabin-xu/salary-calculator
S	gh_liubigfatty_zj	GitHub liubigfatty/pension-calculator（第三方，非官方；文件自注“搜索结果，待官方文件确认”）	data/provinces/zhejiang.js：PROV_BASE 2024 8310、2025 8433；AVG_SALARY_HISTORY 2021 7436.67、2022 8019.75、2023 8310.17		2026-06-10	https://github.com/liubigfatty/pension-calculator/blob/main/data/provinces/zhejiang.js
S	zj_2014_resident	浙江省人力资源和社会保障厅消息（经 zslhr.com 转载；另一无网址转载文字相同）	自2014年1月1日起全省城乡居民社会养老保险基础养老金最低标准由每人每月80元调整为100元		2013-12-31	http://zslhr.com/index.php?id=content-2537
S	zj_2015_resident	浙江省人社厅、省财政厅联合发文的报道（经 ardmore-hotel.com 转载）	浙江2015城乡居民基本养老保险基础养老金最低标准确定（自2015年1月1日起由100元调整为120元）		2015	http://ardmore-hotel.com/shebao/yanglao/143982.html
S	zj_tax_2024_qa	国家税务总局浙江省税务局（热点问答；原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/zhejiang.md）	灵活就业人员养老保险缴费额调整示例：4462×20%=892.4元 调整为 4812×20%=962.4元	浙人社发〔2024〕61号（被引）	2024-12-20	https://zhejiang.chinatax.gov.cn/art/2024/12/20/art_13314_629154.html
S	zj_tax_2025_qa	国家税务总局浙江省税务局（热点问答，引用浙江省人社厅等五部门通知；原文摘录见 GitHub Alaric1098/China-Pension-Strategy-Skill references/regions/zhejiang.md）	2025年社会保险费缴费基数上下限（引《关于公布2025年社会保险有关基数的通知》）	浙人社发〔2025〕52号（被引）	2025-12-11	https://zhejiang.chinatax.gov.cn/art/2025/12/11/art_13314_645797.html
Z	368	2c754574
`;
