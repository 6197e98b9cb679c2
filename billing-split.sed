# Renames the classes of org.secondopinion.billing (issue 12, item 3) to their new packages.
# Usage: git grep -lz 'org.secondopinion.billing' -- '*.java' '*.xml' '*.xhtml' '*.properties' | xargs -0 sed -i -E -f billing-split.sed
# Besides the renames (which sed cannot do for you):
#   platform.control.Money: cents, min, atLeastZero, percent, percentOfRate are public now
#   EstimateLine.serviceLine()            -> ServiceLine.of(line)                 (estimate.control)
#   EstimateLine.result(LineResult r)     -> r.keepIn(line)                        (entity keeps result(BigDecimal..., List))
#   HealthPlan.benefitDesign(partB)       -> BenefitDesign.of(plan, partB)
#   PlanCategory.rule()                   -> CategoryRule.of(category)
#   PatientCoverage.coverage(partB)       -> Coverage.of(coverage, partB)
#   FeeSchedule.finish(ImportReport, at)  -> report.finish(schedule, at)
#   ScheduledCharge.rowsOf(id, charge)    -> charge.rows(id)                       (StandardCharge)
#   Methodology.of(written)               -> Methodology.of(label): lower case, single spaces (ChargeDraft collapses)
#   Estimates.addLine/changeLineProvider/removeLine/recalculate -> EstimateLines
#   Estimates.issue/revise/document       -> EstimateIssues
#   Estimates.recordFinalBill/accuracy(id)/accuracy(from, to), Estimates.BillComparison,
#   Estimates.ACCURACY_MAX_YEARS          -> FinalBills
#   Estimates.charges(feeScheduleId, code) is gone: FeeSchedules.charges / lists / price
#   resources: org/secondopinion/billing/demo/ -> org/secondopinion/feeschedule/demo/,
#              org/secondopinion/billing/control/PriceFileReaderFuzzTestInputs -> org/secondopinion/feeschedule/control/...
s/\borg\.secondopinion\.billing\.boundary\.ChargeBatches\b/org.secondopinion.feeschedule.boundary.ChargeBatches/g
s/\borg\.secondopinion\.billing\.boundary\.FeeScheduleImport\b/org.secondopinion.feeschedule.boundary.FeeScheduleImport/g
s/\borg\.secondopinion\.billing\.boundary\.FeeSchedules\b/org.secondopinion.feeschedule.boundary.FeeSchedules/g
s/\borg\.secondopinion\.billing\.boundary\.ImportStarter\b/org.secondopinion.feeschedule.boundary.ImportStarter/g
s/\borg\.secondopinion\.billing\.boundary\.PriceLookup\b/org.secondopinion.feeschedule.boundary.PriceLookup/g
s/\borg\.secondopinion\.billing\.boundary\.CategoryForm\b/org.secondopinion.estimate.boundary.CategoryForm/g
s/\borg\.secondopinion\.billing\.boundary\.CoverageForm\b/org.secondopinion.estimate.boundary.CoverageForm/g
s/\borg\.secondopinion\.billing\.boundary\.DemoBilling\b/org.secondopinion.estimate.boundary.DemoBilling/g
s/\borg\.secondopinion\.billing\.boundary\.EstimateForm\b/org.secondopinion.estimate.boundary.EstimateForm/g
s/\borg\.secondopinion\.billing\.boundary\.EstimateSheet\b/org.secondopinion.estimate.boundary.EstimateSheet/g
s/\borg\.secondopinion\.billing\.boundary\.EstimateSort\b/org.secondopinion.estimate.boundary.EstimateSort/g
s/\borg\.secondopinion\.billing\.boundary\.Estimates\b/org.secondopinion.estimate.boundary.Estimates/g
s/\borg\.secondopinion\.billing\.boundary\.FinalBillForm\b/org.secondopinion.estimate.boundary.FinalBillForm/g
s/\borg\.secondopinion\.billing\.boundary\.GoodFaithEstimates\b/org.secondopinion.estimate.boundary.GoodFaithEstimates/g
s/\borg\.secondopinion\.billing\.boundary\.HealthPlans\b/org.secondopinion.estimate.boundary.HealthPlans/g
s/\borg\.secondopinion\.billing\.boundary\.LineForm\b/org.secondopinion.estimate.boundary.LineForm/g
s/\borg\.secondopinion\.billing\.boundary\.PlanForm\b/org.secondopinion.estimate.boundary.PlanForm/g
s/\borg\.secondopinion\.billing\.boundary\.ProviderForm\b/org.secondopinion.estimate.boundary.ProviderForm/g
s/\borg\.secondopinion\.billing\.control\.AllowedAmountCount\b/org.secondopinion.feeschedule.control.AllowedAmountCount/g
s/\borg\.secondopinion\.billing\.control\.CareSetting\b/org.secondopinion.feeschedule.control.CareSetting/g
s/\borg\.secondopinion\.billing\.control\.ChargeCode\b/org.secondopinion.feeschedule.control.ChargeCode/g
s/\borg\.secondopinion\.billing\.control\.ChargeDraft\b/org.secondopinion.feeschedule.control.ChargeDraft/g
s/\borg\.secondopinion\.billing\.control\.ChargeRules\b/org.secondopinion.feeschedule.control.ChargeRules/g
s/\borg\.secondopinion\.billing\.control\.CsvPriceFile\b/org.secondopinion.feeschedule.control.CsvPriceFile/g
s/\borg\.secondopinion\.billing\.control\.GuardedReader\b/org.secondopinion.feeschedule.control.GuardedReader/g
s/\borg\.secondopinion\.billing\.control\.HospitalHeader\b/org.secondopinion.feeschedule.control.HospitalHeader/g
s/\borg\.secondopinion\.billing\.control\.ImportIssue\b/org.secondopinion.feeschedule.control.ImportIssue/g
s/\borg\.secondopinion\.billing\.control\.ImportLimits\b/org.secondopinion.feeschedule.control.ImportLimits/g
s/\borg\.secondopinion\.billing\.control\.ImportReport\b/org.secondopinion.feeschedule.control.ImportReport/g
s/\borg\.secondopinion\.billing\.control\.ImportTally\b/org.secondopinion.feeschedule.control.ImportTally/g
s/\borg\.secondopinion\.billing\.control\.InvalidValue\b/org.secondopinion.feeschedule.control.InvalidValue/g
s/\borg\.secondopinion\.billing\.control\.JsonPriceFile\b/org.secondopinion.feeschedule.control.JsonPriceFile/g
s/\borg\.secondopinion\.billing\.control\.PriceField\b/org.secondopinion.feeschedule.control.PriceField/g
s/\borg\.secondopinion\.billing\.control\.PriceFileFormat\b/org.secondopinion.feeschedule.control.PriceFileFormat/g
s/\borg\.secondopinion\.billing\.control\.PriceFileReader\b/org.secondopinion.feeschedule.control.PriceFileReader/g
s/\borg\.secondopinion\.billing\.control\.PriceFileRejected\b/org.secondopinion.feeschedule.control.PriceFileRejected/g
s/\borg\.secondopinion\.billing\.control\.PriceText\b/org.secondopinion.feeschedule.control.PriceText/g
s/\borg\.secondopinion\.billing\.control\.PriceValues\b/org.secondopinion.feeschedule.control.PriceValues/g
s/\borg\.secondopinion\.billing\.control\.SourceStream\b/org.secondopinion.feeschedule.control.SourceStream/g
s/\borg\.secondopinion\.billing\.control\.StandardCharge\b/org.secondopinion.feeschedule.control.StandardCharge/g
s/\borg\.secondopinion\.billing\.control\.TemplateVersion\b/org.secondopinion.feeschedule.control.TemplateVersion/g
s/\borg\.secondopinion\.billing\.control\.TextDecoder\b/org.secondopinion.feeschedule.control.TextDecoder/g
s/\borg\.secondopinion\.billing\.control\.Methodology\b/org.secondopinion.feeschedule.entity.Methodology/g
s/\borg\.secondopinion\.billing\.control\.PriceFacts\b/org.secondopinion.feeschedule.entity.PriceFacts/g
s/\borg\.secondopinion\.billing\.control\.Money\b/org.secondopinion.platform.control.Money/g
s/\borg\.secondopinion\.billing\.control\.Accumulators\b/org.secondopinion.estimate.control.Accumulators/g
s/\borg\.secondopinion\.billing\.control\.BenefitDesign\b/org.secondopinion.estimate.control.BenefitDesign/g
s/\borg\.secondopinion\.billing\.control\.BillDispute\b/org.secondopinion.estimate.control.BillDispute/g
s/\borg\.secondopinion\.billing\.control\.CategoryRule\b/org.secondopinion.estimate.control.CategoryRule/g
s/\borg\.secondopinion\.billing\.control\.CostSharing\b/org.secondopinion.estimate.control.CostSharing/g
s/\borg\.secondopinion\.billing\.control\.Coverage\b/org.secondopinion.estimate.control.Coverage/g
s/\borg\.secondopinion\.billing\.control\.CoverageKind\b/org.secondopinion.estimate.control.CoverageKind/g
s/\borg\.secondopinion\.billing\.control\.Estimate\b/org.secondopinion.estimate.control.Estimate/g
s/\borg\.secondopinion\.billing\.control\.EstimateAccuracy\b/org.secondopinion.estimate.control.EstimateAccuracy/g
s/\borg\.secondopinion\.billing\.control\.EstimateCalculator\b/org.secondopinion.estimate.control.EstimateCalculator/g
s/\borg\.secondopinion\.billing\.control\.EstimateIssue\b/org.secondopinion.estimate.control.EstimateIssue/g
s/\borg\.secondopinion\.billing\.control\.EstimatePdfStyle\b/org.secondopinion.estimate.control.EstimatePdfStyle/g
s/\borg\.secondopinion\.billing\.control\.GoodFaithEstimateDeadline\b/org.secondopinion.estimate.control.GoodFaithEstimateDeadline/g
s/\borg\.secondopinion\.billing\.control\.GoodFaithEstimateDocument\b/org.secondopinion.estimate.control.GoodFaithEstimateDocument/g
s/\borg\.secondopinion\.billing\.control\.GoodFaithEstimatePdf\b/org.secondopinion.estimate.control.GoodFaithEstimatePdf/g
s/\borg\.secondopinion\.billing\.control\.LineResult\b/org.secondopinion.estimate.control.LineResult/g
s/\borg\.secondopinion\.billing\.control\.OptionComparison\b/org.secondopinion.estimate.control.OptionComparison/g
s/\borg\.secondopinion\.billing\.control\.PatientEstimatePdf\b/org.secondopinion.estimate.control.PatientEstimatePdf/g
s/\borg\.secondopinion\.billing\.control\.PlanYearEstimate\b/org.secondopinion.estimate.control.PlanYearEstimate/g
s/\borg\.secondopinion\.billing\.control\.PriceAdjustments\b/org.secondopinion.estimate.control.PriceAdjustments/g
s/\borg\.secondopinion\.billing\.control\.PriceBasis\b/org.secondopinion.estimate.control.PriceBasis/g
s/\borg\.secondopinion\.billing\.control\.PricedLine\b/org.secondopinion.estimate.control.PricedLine/g
s/\borg\.secondopinion\.billing\.control\.Pricing\b/org.secondopinion.estimate.control.Pricing/g
s/\borg\.secondopinion\.billing\.control\.ServiceLine\b/org.secondopinion.estimate.control.ServiceLine/g
s/\borg\.secondopinion\.billing\.control\.Total\b/org.secondopinion.estimate.control.Total/g
s/\borg\.secondopinion\.billing\.control\.NetworkStatus\b/org.secondopinion.estimate.entity.NetworkStatus/g
s/\borg\.secondopinion\.billing\.control\.OpinionPurpose\b/org.secondopinion.estimate.entity.OpinionPurpose/g
s/\borg\.secondopinion\.billing\.control\.SecondOpinionRule\b/org.secondopinion.estimate.entity.SecondOpinionRule/g
s/\borg\.secondopinion\.billing\.control\.ServiceCategory\b/org.secondopinion.estimate.entity.ServiceCategory/g
s/\borg\.secondopinion\.billing\.entity\.FeeSchedule\b/org.secondopinion.feeschedule.entity.FeeSchedule/g
s/\borg\.secondopinion\.billing\.entity\.FeeScheduleIssue\b/org.secondopinion.feeschedule.entity.FeeScheduleIssue/g
s/\borg\.secondopinion\.billing\.entity\.FeeScheduleStatus\b/org.secondopinion.feeschedule.entity.FeeScheduleStatus/g
s/\borg\.secondopinion\.billing\.entity\.ScheduledCharge\b/org.secondopinion.feeschedule.entity.ScheduledCharge/g
s/\borg\.secondopinion\.billing\.entity\.CostEstimate\b/org.secondopinion.estimate.entity.CostEstimate/g
s/\borg\.secondopinion\.billing\.entity\.CoverageTier\b/org.secondopinion.estimate.entity.CoverageTier/g
s/\borg\.secondopinion\.billing\.entity\.EstimateLine\b/org.secondopinion.estimate.entity.EstimateLine/g
s/\borg\.secondopinion\.billing\.entity\.EstimateStatus\b/org.secondopinion.estimate.entity.EstimateStatus/g
s/\borg\.secondopinion\.billing\.entity\.FamilyDeductible\b/org.secondopinion.estimate.entity.FamilyDeductible/g
s/\borg\.secondopinion\.billing\.entity\.FinalBill\b/org.secondopinion.estimate.entity.FinalBill/g
s/\borg\.secondopinion\.billing\.entity\.HealthPlan\b/org.secondopinion.estimate.entity.HealthPlan/g
s/\borg\.secondopinion\.billing\.entity\.PatientCoverage\b/org.secondopinion.estimate.entity.PatientCoverage/g
s/\borg\.secondopinion\.billing\.entity\.Percent\b/org.secondopinion.estimate.entity.Percent/g
s/\borg\.secondopinion\.billing\.entity\.PlanCategory\b/org.secondopinion.estimate.entity.PlanCategory/g
s/\borg\.secondopinion\.billing\.entity\.PlanKind\b/org.secondopinion.estimate.entity.PlanKind/g
s/\borg\.secondopinion\.billing\.bench\.CalculatorBenchmark\b/org.secondopinion.estimate.bench.CalculatorBenchmark/g
s/\borg\.secondopinion\.billing\.bench\.ImporterBenchmark\b/org.secondopinion.feeschedule.bench.ImporterBenchmark/g
s/\borg\.secondopinion\.billing\.boundary\.EstimateSheetTest\b/org.secondopinion.estimate.boundary.EstimateSheetTest/g
s/\borg\.secondopinion\.billing\.boundary\.PriceLookupTest\b/org.secondopinion.feeschedule.boundary.PriceLookupTest/g
s/\borg\.secondopinion\.billing\.boundary\.PricesFromFilesTest\b/org.secondopinion.feeschedule.boundary.PricesFromFilesTest/g
s/\borg\.secondopinion\.billing\.boundary\.RequestBodySchemaTest\b/org.secondopinion.estimate.boundary.RequestBodySchemaTest/g
s/\borg\.secondopinion\.billing\.control\.BillDisputeTest\b/org.secondopinion.estimate.control.BillDisputeTest/g
s/\borg\.secondopinion\.billing\.control\.BillingFixtures\b/org.secondopinion.estimate.control.BillingFixtures/g
s/\borg\.secondopinion\.billing\.control\.ChargeRulesTest\b/org.secondopinion.feeschedule.control.ChargeRulesTest/g
s/\borg\.secondopinion\.billing\.control\.CmsExampleFilesTest\b/org.secondopinion.feeschedule.control.CmsExampleFilesTest/g
s/\borg\.secondopinion\.billing\.control\.CostSharingTest\b/org.secondopinion.estimate.control.CostSharingTest/g
s/\borg\.secondopinion\.billing\.control\.DemoFeeScheduleTest\b/org.secondopinion.feeschedule.control.DemoFeeScheduleTest/g
s/\borg\.secondopinion\.billing\.control\.EncodingTest\b/org.secondopinion.feeschedule.control.EncodingTest/g
s/\borg\.secondopinion\.billing\.control\.EstimateAccuracyTest\b/org.secondopinion.estimate.control.EstimateAccuracyTest/g
s/\borg\.secondopinion\.billing\.control\.EstimateCalculatorTest\b/org.secondopinion.estimate.control.EstimateCalculatorTest/g
s/\borg\.secondopinion\.billing\.control\.ExplanationTest\b/org.secondopinion.estimate.control.ExplanationTest/g
s/\borg\.secondopinion\.billing\.control\.GoodFaithEstimateDeadlineTest\b/org.secondopinion.estimate.control.GoodFaithEstimateDeadlineTest/g
s/\borg\.secondopinion\.billing\.control\.GoodFaithEstimateDocumentTest\b/org.secondopinion.estimate.control.GoodFaithEstimateDocumentTest/g
s/\borg\.secondopinion\.billing\.control\.GoodFaithEstimatePdfTest\b/org.secondopinion.estimate.control.GoodFaithEstimatePdfTest/g
s/\borg\.secondopinion\.billing\.control\.GoodFaithEstimates\b/org.secondopinion.estimate.control.GoodFaithEstimates/g
s/\borg\.secondopinion\.billing\.control\.Imported\b/org.secondopinion.feeschedule.control.Imported/g
s/\borg\.secondopinion\.billing\.control\.MessyCsvTest\b/org.secondopinion.feeschedule.control.MessyCsvTest/g
s/\borg\.secondopinion\.billing\.control\.MoneyTest\b/org.secondopinion.platform.control.MoneyTest/g
s/\borg\.secondopinion\.billing\.control\.OptionComparisonTest\b/org.secondopinion.estimate.control.OptionComparisonTest/g
s/\borg\.secondopinion\.billing\.control\.OutOfNetworkTest\b/org.secondopinion.estimate.control.OutOfNetworkTest/g
s/\borg\.secondopinion\.billing\.control\.PatientEstimatePdfTest\b/org.secondopinion.estimate.control.PatientEstimatePdfTest/g
s/\borg\.secondopinion\.billing\.control\.PriceFileReaderFuzzTest\b/org.secondopinion.feeschedule.control.PriceFileReaderFuzzTest/g
s/\borg\.secondopinion\.billing\.control\.PriceFileReaderLongFuzz\b/org.secondopinion.feeschedule.control.PriceFileReaderLongFuzz/g
s/\borg\.secondopinion\.billing\.control\.PriceValuesTest\b/org.secondopinion.feeschedule.control.PriceValuesTest/g
s/\borg\.secondopinion\.billing\.control\.PricingTest\b/org.secondopinion.estimate.control.PricingTest/g
s/\borg\.secondopinion\.billing\.control\.ReadCheck\b/org.secondopinion.feeschedule.control.ReadCheck/g
s/\borg\.secondopinion\.billing\.control\.ReadCheckTest\b/org.secondopinion.feeschedule.control.ReadCheckTest/g
s/\borg\.secondopinion\.billing\.control\.SecondOpinionCoverageTest\b/org.secondopinion.estimate.control.SecondOpinionCoverageTest/g
s/\borg\.secondopinion\.billing\.control\.StreamingTest\b/org.secondopinion.feeschedule.control.StreamingTest/g
s/\borg\.secondopinion\.billing\.control\.ThreeLayoutsTest\b/org.secondopinion.feeschedule.control.ThreeLayoutsTest/g
s/\borg\.secondopinion\.billing\.control\.UnreadableInputTest\b/org.secondopinion.feeschedule.control.UnreadableInputTest/g
s/\borg\.secondopinion\.billing\.control\.VersionTwoFilesTest\b/org.secondopinion.feeschedule.control.VersionTwoFilesTest/g
s/\borg\.secondopinion\.billing\.entity\.CostEstimateTest\b/org.secondopinion.estimate.entity.CostEstimateTest/g
s/\borg\.secondopinion\.billing\.entity\.EstimateLineTest\b/org.secondopinion.estimate.entity.EstimateLineTest/g
s/\borg\.secondopinion\.billing\.entity\.HealthPlanTest\b/org.secondopinion.estimate.entity.HealthPlanTest/g
s/\borg\.secondopinion\.billing\.entity\.Ids\b/org.secondopinion.estimate.entity.Ids/g
s/\borg\.secondopinion\.billing\.entity\.PercentTest\b/org.secondopinion.estimate.entity.PercentTest/g
