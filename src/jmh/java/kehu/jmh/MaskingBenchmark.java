package kehu.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import kehu.organization.SensitiveKind;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Masking (ORG-4) runs for every sensitive value of every row a list, a page, an export or the API
 * shows: a 20-row page masks 40 values, an export of 10⁶ customers two million. Measures one page
 * worth of mobiles and ID numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MaskingBenchmark {

    private final String[] mobiles = new String[20];
    private final String[] idNumbers = new String[20];

    @Setup
    public void values() {
        var random = new SplittableRandom(42);
        for (int i = 0; i < mobiles.length; i++) {
            mobiles[i] = "1" + (30 + random.nextInt(70)) + String.format("%08d", random.nextInt(100_000_000));
            idNumbers[i] = "110101" + (1950 + random.nextInt(60)) + "0101" + String.format("%03d", random.nextInt(1000)) + "X";
        }
    }

    @Benchmark
    public void maskMobile(Blackhole out) {
        for (var m : mobiles) {
            out.consume(SensitiveKind.MOBILE.mask(m));
        }
    }

    @Benchmark
    public void maskIdNumber(Blackhole out) {
        for (var id : idNumbers) {
            out.consume(SensitiveKind.ID_NUMBER.mask(id));
        }
    }
}
