package kehu.jmh;

import java.util.concurrent.TimeUnit;

import kehu.customer.CustomerNames;
import kehu.customer.CustomerQuery;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every keystroke in the search box and every imported row pay before any index or database
 * work: reading the search parameters (CUS-7) and normalising a name for the duplicate check (CUS-4).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SearchQueryBenchmark {

    private final String queryString = "q=zhangs&status=ACTIVE&region=440300&tag=VIP%E5%80%99%E9%80%89&sort=-updatedAt&page=2";
    private final String companyName = "深圳市（南山）华润 科技股份有限公司";

    @Benchmark
    public CustomerQuery parseSearchParameters() {
        return CustomerQuery.parseQueryString(queryString);
    }

    @Benchmark
    public String normaliseCompanyName() {
        return CustomerNames.normalise(companyName);
    }
}
