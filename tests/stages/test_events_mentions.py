"""Words of events that tell no event of their own: adverbs of manner, purposes, topics."""
from tests.conftest import coded, countries, trigger_types


def test_in_cooperation_with_tells_how_not_an_event():
    # a municipality's festival "in cooperation with" a chamber of commerce, a company's
    # programme "in coordination with" an embassy: how the clause's action was done
    assert trigger_types("ونظمت البلدية المهرجان بالتعاون مع الغرفة التجارية في المدينة.") == []
    assert trigger_types("وأطلقت الشركة وبالتنسيق مع السفارة برنامجا لرعاية الأيتام.") == []
    assert trigger_types("وتقيم الجامعة المعرض بالشراكة مع وزارة الثقافة.") == []
    # cooperation that is itself what the sentence tells stays an event
    assert trigger_types("واتفق البلدان على التعاون في مكافحة الإرهاب.") == ["AGREE", "COOPERATE"]
    assert trigger_types("وبحث الوزيران تعزيز التنسيق الأمني بين البلدين.") == ["CONSULT", "COOPERATE"]


def test_a_clause_with_cooperation_as_manner_keeps_its_own_event(pipeline):
    (ev,) = coded(pipeline, "واعتقلت الشرطة العراقية بالتعاون مع الجيش خمسة مسلحين في الرمادي.", "COERCE")
    assert ev["modality"] == "asserted"
    assert coded(pipeline, "واعتقلت الشرطة العراقية بالتعاون مع الجيش خمسة مسلحين في الرمادي.", "COOPERATE") == []


def test_what_is_requested_wished_or_hoped_for_has_not_happened(pipeline):
    (ev,) = coded(pipeline, "وطلبت الحكومة اليمنية في رسالتها دعم موقفها في المباحثات مع الأمم المتحدة.", "SUPPORT")
    assert ev["modality"] == "hypothetical"
    (ev,) = coded(pipeline, "وعبر رئيس الوزراء البريطاني عن رغبته في زيارة طهران قبل نهاية العام.", "CONSULT")
    assert ev["modality"] == "hypothetical"
    (ev,) = coded(pipeline, "وأكد البلدان رغبتهما في بناء شراكة استراتيجية بين فرنسا ومصر.", "COOPERATE")
    assert ev["modality"] == "hypothetical"
    (ev,) = coded(pipeline, "وتحدثت الأنباء عن اتفاق وشيك بين الحكومة والمعارضة في اليمن.", "AGREE")
    assert ev["modality"] == "future"
    (ev,) = coded(pipeline, "ويأمل رجال الأعمال الألمان في مدينة هامبورغ إبرام اتفاقيات كبيرة مع الجانب الإيراني.", "AGREE")
    assert ev["modality"] == "hypothetical"
    # the request itself, and a support that was given, are asserted
    (ev,) = coded(pipeline, "وأكد الوزير دعم بلاده للحكومة اليمنية في حربها على الإرهاب.", "SUPPORT")
    assert ev["modality"] == "asserted"


def test_a_relative_clause_after_a_call_tells_what_is_so(pipeline):
    # the meeting took place; the inquiry is what is asked for
    evs = coded(pipeline, "وطالبت النائبة بالتحقيق مع الذين شاركوا في الاجتماع السري مع السفير الإيراني.", "CONSULT")
    assert evs and all(e["modality"] == "asserted" for e in evs)
    # but what is asked for again after the relative clause, behind و, is still asked for
    (ev,) = coded(pipeline, "ودعا الرئيس الفلسطيني إلى محاسبة المستوطنين الذين أحرقوا المنزل وإلى تقديم "
                            "المساعدات الإنسانية للعائلة.", "AID")
    assert ev["modality"] == "hypothetical"


def test_whoever_does_it_names_a_kind_of_people_not_an_event(pipeline):
    (ev,) = coded(pipeline, "وهدد الرئيس الأفغاني كل من يرفض من قادة طالبان محادثات السلام.", "REJECT")
    assert ev["modality"] == "hypothetical"
    (ev,) = coded(pipeline, "ووصف الأمير الإرهابيين ومن يدعمهم من الخارج بالجهلة.", "SUPPORT")
    assert ev["modality"] == "hypothetical"
    # a past verb after من tells who did it
    (ev,) = coded(pipeline, "وكشف التحقيق الأمريكي عن من دعم تنظيم داعش بالمال والسلاح في العراق.", "SUPPORT")
    assert ev["modality"] == "asserted"


def test_dawn_is_no_detonation():
    assert trigger_types("ونفذت القوات العملية في ساعات الفجر الأولى من يوم الأحد.") == []
    assert trigger_types("وفجر رجل نفسه في سوق شعبية.") == ["ASSAULT"]
    assert trigger_types("ودخل الرجل المسجد قبل أن يفجر نفسه وسط المصلين.") == ["ASSAULT"]


def test_a_subheading_names_what_the_paragraph_after_it_tells(pipeline):
    from marsad.api_functions import extract

    def types(text):
        return [e["type"] for e in extract(text, pipeline=pipeline)["events"]]
    assert types("وقالت مصادر محلية إن الوضع في المدينة هادئ.\nإشادة أمريكية بالحكومة العراقية\nوقال مصدر "
                 "في الحكومة إن الجيش العراقي استعاد المدينة أمس.") == []
    # the same words ending a sentence of their own are coded
    assert types("وقالت مصادر محلية إن الوضع في المدينة هادئ.\nوأشاد الوزير الأمريكي بالحكومة العراقية.") \
        == ["SUPPORT"]


def test_a_football_federations_decisions_are_sport(pipeline):
    text = ("رفض الاتحاد السعودي لكرة القدم طلب النادي رفع الإيقاف عن لاعبيه بعد أحداث نهائي الكأس، وبذلك سيقام "
            "كأس السوبر في غيابهم، بعد أن قررت لجنة الانضباط رفض الطلب.")
    assert coded(pipeline, text, "REJECT") == []
    # a rotating presidency (الرئيس الدوري) is no league, a snowball (كرة الثلج) no football
    assert coded(pipeline, "ورفض الرئيس الدوري لمجلس حقوق الإنسان طلب الحكومة السورية تأجيل زيارة الوفد.",
                 "REJECT")


def test_rallying_citizens_or_followers_is_no_mobilisation():
    assert trigger_types("وتهدف الحملة إلى حشد المواطنين للتسجيل في جداول الناخبين.") == []
    assert trigger_types("وحاول زعيم الجماعة حشد أتباعه في خطاب متلفز.") == []
    assert trigger_types("وبدأ الجيش حشد قواته على الحدود الشمالية.") == ["MOBILIZE"]


def test_what_is_done_for_a_purpose_is_intended(pipeline):
    (ev,) = coded(pipeline, "وتوجه المبعوث الأممي إلى القاهرة بهدف عقد اجتماع مع الأمين العام للجامعة العربية.",
                  "CONSULT")
    assert ev["modality"] == "future"
    # and a delegation sent is no aid
    text = "وأرسلت الحكومة السورية وفدا إلى جنيف من أجل إجراء محادثات مع المعارضة."
    (ev,) = coded(pipeline, text, "CONSULT")
    assert ev["modality"] == "future"
    assert coded(pipeline, text, "AID") == []


def test_the_mobilisation_alone_is_a_body_or_a_practice():
    assert trigger_types("وقال إن الجيش والحشد يتقدمان نحو الرمادي من أربعة محاور.") == []
    assert trigger_types("وعرف الوزير الراحل بقدرته على الحشد وبناء التحالفات.") == []
    assert trigger_types("وأثار الحشد العسكري التركي على الحدود قلق دمشق.") == ["MOBILIZE"]
    assert trigger_types("وهاجم حزب الله والحشد الشيعي العراقي المدينة.") == ["ASSAULT"]


def test_still_is_no_negation(pipeline):
    (ev,) = coded(pipeline, "وقال الجيش إن تنظيم داعش لا يزال يهدد المدنيين في المدينة.", "THREATEN")
    assert ev["modality"] == "asserted"
    (ev,) = coded(pipeline, "وقال الجيش إن تنظيم داعش لا يهدد المدنيين في المدينة.", "THREATEN")
    assert ev["modality"] == "negated"


def test_relations_fields_and_memoranda_of_cooperation_are_topics():
    assert trigger_types("وقال إن التصريحات لا تساعد على بناء الثقة لعلاقات تعاون تقوم على حسن الجوار.") == []
    assert trigger_types("وشرعت الوزارتان في تفعيل مذكرة التفاهم والتعاون الموقعة بينهما.") == []
    assert trigger_types("وبحث الوزيران أوجه التعاون بين البلدين.") == ["CONSULT"]
    assert trigger_types("واتفق البلدان على تعاون عسكري في مكافحة الإرهاب.") == ["AGREE", "COOPERATE"]


def test_a_doctoral_student_demands_nothing_and_fields_of_coordination_are_topics():
    assert trigger_types("واعتبر أحمد طالب دكتوراه في الفنون بجامعة برمنجهام أن التعايش ضروري.") == []
    assert trigger_types("وطالب النائب بإقالة الوزير.") == ["REQUEST"]
    assert trigger_types("وتطرق الحديث إلى مجالات التنسيق والتشاور بين البلدين.") == []


def test_a_state_of_emergency_over_a_disaster_is_no_coercion(pipeline):
    assert coded(pipeline, "وأعلن حاكم ولاية كاليفورنيا حالة الطوارئ في الولاية إثر اتساع نطاق حرائق الغابات فيها.",
                 "COERCE") == []
    (ev,) = coded(pipeline, "وأعلنت الحكومة المصرية حالة الطوارئ في شمال سيناء إثر هجمات المسلحين.", "COERCE")
    assert ev["mode"] == "martial-law"


def test_spacious_is_no_welcome():
    assert trigger_types("ويخرج القرار المعاهد من مسارها الضيق إلى آفاق تنموية رحبة.") == []
    assert trigger_types("ورحبت الحكومة بالقرار.") == ["SUPPORT"]


def test_deaths_by_fire_disease_or_earthquake_are_no_attack(pipeline):
    for text in ("وقال الدفاع المدني إن حريقا قتل أربعة أشخاص في جدة.",
                 "وقتل أربعة أشخاص جراء تفشي وباء الكوليرا في اليمن.",
                 "وقالت الهيئة إن زلزالا قوته 5.1 درجة ضرب منطقة قريبة من العاصمة الباكستانية إسلام آباد."):
        assert coded(pipeline, text, "ASSAULT") == [], text
    assert coded(pipeline, "وقتل أربعة أشخاص في هجوم مسلح على حاجز للشرطة في اليمن.", "ASSAULT")


def test_an_airport_receiving_a_flight_or_a_father_mourners_is_no_visit(pipeline):
    assert coded(pipeline, "واستقبل مطار منطقة الجوف أمس أول رحلة دولية لشركة طيران النيل قادمة من القاهرة.",
                 "CONSULT") == []
    assert coded(pipeline, "واستقبل والد الشهيد المعزين في مقبرة ميسان.", "CONSULT") == []
    (ev,) = coded(pipeline, "واستقبل أمير قطر وزير الخارجية الأمريكي جون كيري في الدوحة.", "CONSULT")
    assert ev["mode"] == "visit" and countries(ev["target"]) == {"USA"}


def test_a_hospitals_emergency_is_no_coercion_and_a_possibility_no_fact(pipeline):
    assert coded(pipeline, "وأعلنت الشؤون الصحية حالة الطوارئ في مستشفيات المنطقة لإسعاف المصابين.", "COERCE") == []
    (ev,) = coded(pipeline, "وسيناقش الوزيران إمكانية تعاون روسي سعودي في الحرب ضد الإرهاب.", "COOPERATE")
    assert ev["modality"] == "hypothetical"


def test_teams_drawn_against_each_other_do_not_meet_as_states(pipeline):
    text = ("وأسفرت القرعة التي حضرها المدرب عن مواجهات قوية في الدور الفاصل من الكأس. ويلتقي فالنسيا الإسباني "
            "وموناكو الفرنسي للمرة الأولى على الإطلاق.")
    assert coded(pipeline, text, "CONSULT") == []


def test_a_craft_arriving_after_its_verb_pays_no_visit(pipeline):
    text = ("ووصلت أول طائرة مدنية إلى مطار عدن أمس، في وقت بدأ اللاجئون بالعودة إلى المدينة بعد "
            "تحريرها من المسلحين الحوثيين.")
    assert coded(pipeline, text, "CONSULT") == []
    (ev,) = coded(pipeline, "ووصل الرئيس الفرنسي إلى بيروت على متن طائرة خاصة.", "CONSULT")
    assert ev["mode"] == "visit" and countries(ev["target"]) == {"LBN"}


def test_rallying_support_is_no_support(pipeline):
    assert coded(pipeline, "وقد يعطل الغضب الشعبي الجهود الرامية إلى حشد التأييد لحملة الجيش العراقي.",
                 "SUPPORT") == []
    assert coded(pipeline, "وأعلنت الحكومة الأردنية تأييدها لحملة الجيش العراقي.", "SUPPORT")


def test_a_committee_named_for_an_initiative_or_a_summit_is_no_event(pipeline):
    assert coded(pipeline, "عقدت لجنة مبادرة السلام العربية اجتماعا لها اليوم بمقر جامعة الدول العربية.",
                 "REQUEST") == []
    assert coded(pipeline, "وأوضح رئيس اللجنة الاستراتيجية لقمة مجموعة العشرين في الرياض أن الأعضاء "
                           "أبدوا إعجابهم.", "CONSULT") == []
    (ev,) = coded(pipeline, "وقدم مجلس الأمن الدولي مبادرة لحل الأزمة اليمنية.", "REQUEST")
    assert countries(ev["source"]) == {"IGO"}


def test_clinics_receiving_patients_pay_no_visit(pipeline):
    assert coded(pipeline, "استقبلت العيادات التخصصية التابعة للحملة الوطنية السعودية لنصرة الأشقاء السوريين "
                           "أكثر من 1600 حالة مرضية في مخيم الزعتري.", "CONSULT") == []


def test_cooperation_as_the_frame_of_a_visit_is_no_event_of_its_own(pipeline):
    text = "وأعلن وزير الخارجية الألماني أنه سيزور السعودية في سبتمبر ضمن التعاون الإستراتيجي بين برلين والرياض."
    assert coded(pipeline, text, "COOPERATE") == []
    assert coded(pipeline, text, "CONSULT")


def test_an_initiative_or_an_agreement_referred_to_is_no_event_told(pipeline):
    text = ("وأفاد أنه جرى بحث القضية الفلسطينية وإيجاد مخرج للأزمة بناء على حل الدولتين وفقا لمبادرة "
            "السلام العربية.")
    assert coded(pipeline, text, "REQUEST") == []
    assert coded(pipeline, "وقدمت السعودية مبادرة السلام العربية في قمة بيروت.", "REQUEST")


def test_a_title_a_name_or_a_need_tells_no_event(pipeline):
    # a thesis's title, a woman named Zara (زارا, "they both visited"), those in need of aid
    assert coded(pipeline, "حصل الأستاذ عادل التويجري على ماجستير العلوم الإستراتيجية بعنوان دور التعاون "
                           "الإستراتيجي السعودي المصري في تحقيق الاستقرار الإقليمي.", "COOPERATE") == []
    assert coded(pipeline, "وقالت امرأة مقيمة في جروزني تدعى زارا أحمدوفا إن رئيس جمهوريتنا رمضان قديروف "
                           "أقام هذا المكان.", "CONSULT") == []
    assert coded(pipeline, "وأكدت دراسة تجاوز نسبة المحتاجين لمساعدات عاجلة في اليمن 80 في المئة بعد سيطرة "
                           "جماعة الحوثي على صنعاء.", "AID") == []
    # energy subsidies are no political support
    assert coded(pipeline, "ويتوقع البنك الدولي أن يبلغ دعم الطاقة في السعودية 13 في المئة من الناتج.",
                 "SUPPORT") == []


def test_a_notice_to_the_public_is_no_political_request(pipeline):
    for text in ("دعت الهيئة العامة للغذاء والدواء إلى اتباع الإرشادات الصحية لمنع تلوث الأغذية.",
                 "دعا مستشفى الملك فهد بالأحساء عموم المواطنين إلى التبرع بالدم.",
                 "ودعت اللجنة عموم الطلبة المرشحين والمقبولين نهائيا إلى مراجعة مقر القبول والتسجيل."):
        assert coded(pipeline, text, "REQUEST") == [], text
    assert coded(pipeline, "ودعت الحكومة الأردنية إسرائيل إلى وقف الاستيطان.", "REQUEST")


def test_forces_or_fighters_that_arrive_pay_no_visit(pipeline):
    assert coded(pipeline, "وقالت مصادر إن ألف مقاتل يمني تلقوا تدريبا في السعودية والإمارات وصلوا إلى عدن "
                           "أمس الاثنين.", "CONSULT") == []
    assert coded(pipeline, "وقال مدير الشرطة إن وصول القوات الأمنية إلى مشارف مدينة الرمادي مستمر.",
                 "CONSULT") == []
    # a general (اللواء, also "a brigade") who arrives pays one
    (ev,) = coded(pipeline, "ووصل وزير الداخلية اليمني اللواء عبده الحذيفي إلى عدن.", "CONSULT")
    assert ev["mode"] == "visit"


def test_what_a_subject_refused_to_do_is_no_event_of_its_own(pipeline):
    text = ("وأبدى أصحاب المنشآت استياءهم بعد أن رفضت السفارة الإندونيسية بجدة مجددا استقبال وتوقيع العقود "
            "التي أرسلت لهم من جاكرتا.")
    assert coded(pipeline, text, "AGREE") == []
    assert coded(pipeline, text, "REJECT")


def test_what_a_speaker_told_the_paper_by_phone_is_no_call_between_actors(pipeline):
    assert coded(pipeline, "وقال حاتم المسحل نائب رئيس الاتحاد السعودي في اتصال هاتفي من مقر إقامته في لندن "
                           "إنهم جاهزون.", "CONSULT") == []
    assert coded(pipeline, "وقال وزير الداخلية اليمني الحذيفي في اتصال هاتفي بـ«عكاظ» إن الحكومة اليمنية عادت "
                           "إلى عدن.", "CONSULT") == []
    (ev,) = coded(pipeline, "وقال الرئيس المصري عبد الفتاح السيسي في اتصال هاتفي مع الملك سلمان إن مصر تقف مع "
                            "المملكة.", "CONSULT")
    assert ev["mode"] == "phone" and "SAU" in countries(ev["target"])


def test_deaths_by_storms_are_no_attack(pipeline):
    assert coded(pipeline, "وذكرت وسائل الإعلام المحلية إن ثلاثة أشخاص قتلوا نتيجة للعواصف في مدينة توكوبيلا "
                           "في تشيلي.", "ASSAULT") == []


def test_an_item_of_a_list_of_kinds_is_no_event(pipeline):
    text = "من المؤسف أن أي نوع من العمليات الإرهابية (قتل، تفجير، إرهاب، سبي، تنكيل) موجهة ضد أي مجموعة في باكستان."
    assert coded(pipeline, text, "ASSAULT") == []
    assert trigger_types("(قتل، تفجير)") == ["ASSAULT", "ASSAULT"]  # the words are triggers all the same


def test_a_conviction_for_a_crime_is_no_condemnation(pipeline):
    text = ("وصادقت محكمة استئناف دبي على الحكم الصادر بسجن سنغاليين 3 سنوات بعد إدانتهما بسرقة 200 ألف درهم "
            "من تاجرين سعوديين.")
    assert coded(pipeline, text, "ACCUSE") == []
    (ev,) = coded(pipeline, text, "SANCTION")
    assert ev["mode"] == "convict"
    (ev,) = coded(pipeline, "وأعربت الحكومة الأردنية عن إدانتها للهجوم على السفارة.", "ACCUSE")
    assert ev["mode"] == "disapprove"


def test_an_agreement_acted_upon_is_referred_to_and_one_shirked_is_none(pipeline):
    assert coded(pipeline, "واستعاد المبنيان وضع السفارة، عملا باتفاق أعلنه الرئيس الأمريكي باراك أوباما والرئيس "
                           "الكوبي راوول كاسترو في 30 يونيو.", "AGREE") == []
    (ev,) = coded(pipeline, "وبحث الاتحاد الأوروبي فرض عقوبات على أطراف الصراع الليبي التي تتقاعس عن الموافقة "
                            "على اتفاق سلام ترعاه الأمم المتحدة.", "AGREE")
    assert ev["modality"] == "negated"


def test_a_call_two_sides_held_and_a_meeting_after_a_refusal_of_something_else_stay(pipeline):
    (ev,) = coded(pipeline, "وأضاف أبو زيد أن الجانبين المصري والأمريكي ناقشا خلال الاتصال الهاتفي تطورات "
                            "الأزمة اليمنية.", "CONSULT")
    assert ev["mode"] == "phone"
    assert coded(pipeline, "غير أنه رفض ذلك بشدة مؤكدا أن فشل الاجتماع الإيراني الثالث مع المالكي دفع الوفد "
                           "الإيراني لفتح قناة اتصال مع العبادي.", "CONSULT")


def test_hands_are_no_support_and_a_hurricanes_dead_no_attack(pipeline):
    # أيد: "supported", and "hands" before an adjective (أيد عابثة، أيد خارجية)
    assert coded(pipeline, "تسببت أيد عابثة في إغلاق مجرى السيل الواقع بين حيي الأمير عبدالرحمن والأمير أحمد "
                           "جنوب غرب الطائف.", "SUPPORT") == []
    assert coded(pipeline, "وأيد وزير الخارجية السعودي الاتفاق.", "SUPPORT")
    assert coded(pipeline, "قتل 14 شخصا على الأقل وفقد أربعة آخرون جراء إعصار اجتاح شرق الصين خلال عطلة نهاية "
                           "الأسبوع.", "ASSAULT") == []


def test_a_courtesy_to_the_sick_or_wounded_is_no_political_visit(pipeline):
    assert coded(pipeline, "زار الأمير مشاري بن سعود أمير منطقة الباحة عددا من المرضى المنومين في مستشفى "
                           "الملك فهد في الباحة.", "CONSULT") == []
    assert coded(pipeline, "كما زار الأمير فيصل بن خالد المصابين في مستشفى عسير المركزي.", "CONSULT") == []
    # a hospital or an ambulance receiving the injured or the remains of the dead receives no visitor
    assert coded(pipeline, "وأوضح المتحدث أن طوارئ مستشفى عسير المركزي استقبل إثر الاعتداء 40 إصابة مابين "
                           "حرجة ومتوسطة.", "CONSULT") == []
    assert coded(pipeline, "استقبلت سيارة إسعاف تابعة للشؤون الصحية بالطائف جثمان الشهيد ممدوح الحارثي.",
                 "CONSULT") == []
    (ev,) = coded(pipeline, "وزار وزير الخارجية الأمريكي جون كيري بيروت والتقى رئيس الوزراء اللبناني تمام سلام.",
                  "CONSULT")
    assert ev["mode"] == "visit"


def test_counted_nationals_are_people_not_their_state(pipeline):
    # stranded people flown home pay no visit; the dead counted by nationality are civilians
    assert not coded(pipeline, "وصل 120 يمنيا عالقا إلى اليمن عبر مطاري عدن وسيئون، تقلهم طائرة تابعة للخطوط الجوية اليمنية.",
                      "CONSULT")
    (attack,) = coded(pipeline, "قتل 20 يمنيا في غارة جوية على صعدة.", "ASSAULT")
    assert [(a["country"], a["sector"]) for a in attack["target"]] == [("YEM", "CVL")]


def test_what_religion_or_reason_rejects_is_no_rejection():
    assert "REJECT" not in trigger_types("وتحارب المملكة المنظمات المتطرفة التي تقوم بأعمال يرفضها الدين والمنطق والعرف.")
    assert "REJECT" in trigger_types("ورفضت الحكومة الليبية المبادرة الألمانية لوقف إطلاق النار.")


def test_inviting_the_public_to_an_exhibition_is_a_notice(pipeline):
    for text in ("ودعا مدير إدارة المركز الثقافي الأهالي لزيارة المعرض ومعارض القرية.",
                 "ودعت وزارة الثقافة المواطنين لزيارة المعرض في الرياض."):
        assert not coded(pipeline, text, "REQUEST"), text
    assert coded(pipeline, "ودعت وزارة الخارجية المواطنين إلى مغادرة ليبيا فورا.", "REQUEST")


def test_calls_on_job_seekers_or_passers_by_are_notices(pipeline):
    for text in ("ودعت إدارة المختبر الصحي الوطني من يرغب في التقديم على الوظائف إرسال السير الذاتية.",
                 "ودعت وزارة العدل الراغبين في شغل هذه الوظائف المعلنة إلى مراجعة إدارة شؤون الموظفين.",
                 "ودعا مدير الدفاع المدني المواطنين إلى الابتعاد عن مواقع الحوادث.",
                 "ودعت الكلية الطالبات المقبولات إلى إحضار ملف يحتوي على صورة مصدقة من وثيقة التخرج "
                 "ومعادلة الهيئة السعودية للتخصصات الصحية."):
        assert not coded(pipeline, text, "REQUEST"), text


def test_advocates_are_no_call_though_folding_writes_them_as_called_him(pipeline):
    assert not coded(pipeline, "وقال وزير الخارجية السعودي نحن لسنا دعاة حرب لكن المملكة جاهزة للدفاع عن أرضها.",
                     "REQUEST")
    (call,) = coded(pipeline, "واستقبل الرئيس المصري نظيره الفرنسي الذي دعاه إلى زيارة باريس.", "REQUEST")
    assert call["trigger"]["text"] == "دعاه"


def test_a_visit_to_the_wounded_past_a_long_title_is_a_courtesy(pipeline):
    assert not coded(pipeline, "زار مدير عام الإدارة العامة للخدمات الطبية بوزارة الداخلية اللواء طبيب راشد بن محمد "
                               "الدوسري مصابي الحادث الإرهابي بعسير.", "CONSULT")


def test_support_of_a_festival_is_sponsorship(pipeline):
    assert not coded(pipeline, "دعم مجلس التنمية السياحية بالطائف بالتعاون مع شركة الطائف للاستثمار فعاليات مهرجان "
                               "عزم وحزم.", "SUPPORT")
    assert coded(pipeline, "وأكد وزير الخارجية دعم المملكة للحكومة اليمنية الشرعية.", "SUPPORT")


def test_a_visit_to_the_wounded_after_a_title_set_off_by_a_comma_is_a_courtesy(pipeline):
    assert not coded(pipeline, "زار العميد خالد بن سعد المطيري قائد قوة الطوارئ، المصابين المنومين في مستشفى "
                               "الملك خالد إثر الحادث.", "CONSULT")
    # a comma after the visitor's title with a place after it: a visit of state
    visit = coded(pipeline, "زار وزير الخارجية الأمريكي جون كيري، القاهرة أمس والتقى الرئيس المصري.", "CONSULT")
    assert [ev["trigger"]["text"] for ev in visit] == ["زار", "والتقى"]


def test_pilgrims_welcomed_are_no_political_meeting(pipeline):
    assert not coded(pipeline, "واستقبلت إدارة الجوازات في مطار جدة أمس عددا من حجاج إندونيسيا.", "CONSULT")
    assert not coded(pipeline, "واستقبل وزير الشؤون الإسلامية السعودي المعتمرين القادمين من ماليزيا.", "CONSULT")
    assert coded(pipeline, "واستقبل وزير الخارجية السعودي نظيره الماليزي في الرياض وبحثا ترتيبات موسم الحج.",
                 "CONSULT")


def test_a_prayer_after_a_doctors_abbreviated_title_is_no_request(pipeline):
    assert not coded(pipeline, "ودعا رئيس هيئة الأمر بالمعروف د. عبدالرحمن السند الله عز وجل أن يحفظ المملكة.",
                     "REQUEST")
    assert coded(pipeline, "ودعا رئيس هيئة الأمر بالمعروف د. عبدالرحمن السند المواطنين إلى مقاطعة الحفلات.",
                 "REQUEST")


def test_a_search_team_holds_no_talks(pipeline):
    assert not coded(pipeline, "ووجه مدير شرطة جدة العميد خالد الغامدي بتشكيل فريق عمل بحث وتحري للوصول إلى الجناة.",
                     "CONSULT")
    assert coded(pipeline, "وبحث وزير الخارجية السعودي مع نظيره التركي الأزمة السورية.", "CONSULT")


def test_a_mission_named_for_helping_and_up_to_are_no_events(pipeline):
    # a body's head before a name, and what the body is for behind ل: the name of UNAMI
    assert not coded(pipeline, "ورحبت بعثة الأمم المتحدة لمساعدة العراق بالإصلاحات التي أعلنها حيدر العبادي.", "AID")
    assert coded(pipeline, "وقدمت الأمم المتحدة مساعدات للعراق.", "AID")
    # وصولا إلى: "as far as", no arrival
    assert not coded(pipeline, "وتمتد عمليات تنظيم داعش من العراق إلى سوريا وصولا إلى ليبيا.", "CONSULT")


def test_idioms_of_striking_and_a_study_are_no_events():
    # يضرب أطنابه: "is deeply rooted"; ضرب أروع الأمثلة: "set the finest example"
    assert "ASSAULT" not in trigger_types("أليس مبدأ الشورى الذي يضرب أطنابه في عمق الشريعة الإسلامية مبدأ مفعلا.")
    assert "ASSAULT" not in trigger_types("وضرب الجنود أروع الأمثلة في التضحية والولاء.")
    assert "ASSAULT" in trigger_types("وضرب مسلحون الصحفي بالعصي أمام منزله.")
    # a committee's study of a phenomenon holds no talks
    assert "CONSULT" not in trigger_types("وباشرت لجنة الرصد في الجمعية دراسة وبحث ظاهرة ارتفاع الأسعار.")


def test_farewells_and_blessings_are_no_calls(pipeline):
    for text in ("ودعت مقبرة الشرف في مدينة أبها عصر أمس شهداء مسجد قوات الطوارئ الخاصة.",
                 "ودعت جمعية البر بالأحساء 27 مصابا من الأشقاء العمانيين عبر مطار الأحساء.",
                 "ودعا الأمير فيصل بن خالد لسائر الشهداء بالمغفرة والرحمة."):
        assert not coded(pipeline, text, "REQUEST"), text
    assert coded(pipeline, "ودعا وزير الخارجية السعودي المجتمع الدولي إلى دعم الشعب اليمني.", "REQUEST")


def test_people_with_no_name_of_their_own_who_arrive_pay_no_visit(pipeline):
    assert not coded(pipeline, "وصل 120 يمنيا عالقا إلى اليمن عبر مطاري عدن وسيئون، تقلهم طائرة تابعة للخطوط الجوية "
                               "اليمنية، سيّرها مركز الملك سلمان للإغاثة والأعمال الإنسانية.", "CONSULT")
    (ev,) = coded(pipeline, "ووصل الرئيس اليمني عبد ربه منصور هادي إلى عدن أمس.", "CONSULT")
    assert ev["mode"] == "visit"


def test_an_alert_in_a_hospital_or_over_a_storm_calls_up_no_forces(pipeline):
    for text in ("ذكرت مصادر طبية أن مستشفى الملك فهد العام بجدة شهد حالة استنفار بعد إصابة عدد من المرضى.",
                 "تعرضت منطقة القصيم اليوم عاصفة ترابية شديدة مما تسبب في توقف السيارات واستنفار المرور والدوريات "
                 "الأمنية."):
        assert not coded(pipeline, text, "MOBILIZE"), text
    assert coded(pipeline, "وأعلن الجيش اليمني حالة الاستنفار القصوى في صفوف قواته على الحدود.", "MOBILIZE")


def test_a_key_player_in_a_figure_of_speech_is_no_word_of_sport(pipeline):
    assert coded(pipeline, "وقال وزير الخارجية الإيراني إن إيران لاعب إقليمي مهم، ودعا الولايات المتحدة إلى الحوار.",
                 "REQUEST")
    # a player of a team still makes the sentence one of sport
    assert not coded(pipeline, "وقال مدرب المنتخب إن اللاعب الأساسي غاب، ودعا الاتحاد السعودي إلى التحقيق.",
                     "REQUEST")


def test_an_agreement_named_by_what_it_is_in_construct_with_is_referred_to(pipeline):
    for text in ("وأكد المسؤول أن العمل بالعقوبات سينتهي عند انتهاء مدة اتفاق جنيف بعد عشر سنوات.",
                 "وأحال البيت الأبيض اتفاق إيران النووي إلى الكونغرس الأمريكي للمراجعة.",
                 "وقال المراقبون إن الطرفين لم يسحبا المدفعية الثقيلة كما ينص على ذلك اتفاق الهدنة.",
                 "وتحدث الكاتب عن حقبة ما قبل اتفاقية سايكس بيكو التي رسم خلالها وزيرا خارجية بريطانيا وفرنسا "
                 "حدود المنطقة."):
        assert coded(pipeline, text, "AGREE") == [], text
    # what was agreed, with whom, or an agreement reached is one told
    for text in ("وأشار السفير إلى اتفاق روسيا وتونس على تشكيل فريق عمل مشترك.",
                 "واستقبل اليونانيون نبأ اتفاق أثينا مع الدائنين الأوروبيين اليوم الاثنين.",
                 "وتوصلت الحكومة السودانية والمتمردون إلى اتفاق السلام في الدوحة أمس.",
                 "وأشاد الرئيس الفلسطيني محمود عباس باتفاق حركتي حماس وفتح على تشكيل حكومة وحدة وطنية.",
                 "ويعد اتفاق نوري المالكي وإياد علاوي أمرا لافتا في العراق."):
        assert len(coded(pipeline, text, "AGREE")) == 1, text


def test_a_notice_whose_errand_follows_an_aside_is_a_notice(pipeline):
    assert coded(pipeline, "ودعت المديرية العامة للجوازات الإخوة اليمنيين ممن تنطبق عليهم شروط الحصول على هوية "
                           "زائر، إلى سرعة مراجعة مراكز التصحيح واستيفاء المتطلبات.", "REQUEST") == []
    # a call after an aside that asks for a political act stays one
    (ev,) = coded(pipeline, "ودعا الرئيس اليمني الأطراف المتحاربة في عدن وتعز ولحج، إلى وقف إطلاق النار فورا.",
                  "REQUEST")
    assert {a["country"] for a in ev["source"]} == {"YEM"}


def test_what_something_is_after_a_copula_is_no_event_told(pipeline):
    text = ("واتفاقية الشراكة عبر المحيط الهادي هي اتفاقية إقليمية كبرى تضم 12 دولة بينها أستراليا واليابان "
            "والولايات المتحدة.")
    assert coded(pipeline, text, "AGREE") == [] and coded(pipeline, text, "COOPERATE") == []
    # a verb after the pronoun tells what one does
    (ev,) = coded(pipeline, "ونشر التنظيم تسجيلا مصورا ظهر فيه أحد مقاتليه وهو يتوعد مجلس النواب الليبي.", "THREATEN")
    assert ev["modality"] == "asserted"
    # an agreement named by its construct, signed, is one made
    assert len(coded(pipeline, "وقعت الحكومتان اتفاقية الشراكة الاستراتيجية في الرياض أمس.", "AGREE")) == 1


def test_a_national_agency_named_for_cooperation_is_no_cooperation(pipeline):
    assert coded(pipeline, "وأثنى وفد من منظمة مرام للإغاثة والتنمية في فرنسا والوكالة الفرنسية للتعاون الإعلامي "
                           "على الجهود التي تقدمها الحملة الوطنية السعودية لنصرة الأشقاء السوريين.", "COOPERATE") == []
    # a body that calls for support after its name is no body's name
    (ev,) = coded(pipeline, "ودعت المنظمة الدولية لدعم اللاجئين السوريين في الأردن.", "REQUEST")
    assert ev["modality"] == "asserted"


def test_a_village_named_for_a_visit_is_no_visit(pipeline):
    sentence = "واستهدفت الفصائل المقاتلة آلية لقوات النظام في منطقة الزيارة في سهل الغاب أمس."
    assert coded(pipeline, sentence, "CONSULT") == []
    assert coded(pipeline, sentence, "ASSAULT") != []


def test_cutting_the_road_before_someone_is_forestalling_no_blockade():
    # "لقطع الطريق أمام" / "على": to forestall, no protest; a road cut is one
    assert trigger_types("ولقطع الطريق أمام جهات سياسية تحاول استغلال الأزمة شكلت الحكومة لجنة.") == []
    assert "PROTEST" not in trigger_types("وقال إن القرار يقطع الطريق على محاولات التدخل الإيراني.")
    assert trigger_types("وقال إن مجهولين عمدوا إلى قطع الطريق الدولي بالإطارات المشتعلة.") == ["PROTEST"]


def test_a_department_named_for_what_it_does_is_no_event(pipeline):
    assert coded(pipeline, "وأطلق مجهولان النار على قوة أمنية من إدارة ترحيلات مديرية أمن الوادي الجديد أمس.",
                 "COERCE") == []
    assert coded(pipeline, "واستشهد تقرير دائرة المفاوضات الفلسطينية بمعطيات منظمة حقوقية إسرائيلية.", "CONSULT") == []


def test_what_something_is_tantamount_to_is_no_event_told(pipeline):
    sentence = "واعتبر النائب الأمريكي إليوت انجل الاتفاق مع إيران بمثابة تنازل خطير عن العقوبات الدولية."
    assert coded(pipeline, sentence, "CONCEDE") == []


def test_villages_cut_off_are_no_detention(pipeline):
    assert coded(pipeline, "وأعلنت الشرطة جاهزيتها لمواجهة الطوارئ جراء انقطاع الطرق واحتجاز القرى بالسيول.",
                 "COERCE") == []


def test_dawn_on_sunday_is_no_detonation():
    # "فجر الأحد": at dawn on Sunday; الأحد is no أحد ("one of") to read past
    assert "ASSAULT" not in trigger_types("وقالت مصادر في جيش الاحتلال فجر الأحد إن صاروخا سقط قرب الحدود.")
    assert "ASSAULT" in trigger_types("وفجر مسلح قنبلة يوم الأحد في سوق ببغداد.")
