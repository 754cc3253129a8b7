package be.psygate.reconciliation;

import be.psygate.billing.BillingProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The threads the insurers' answers read from their folders are settled on ({@code routes/returns.yaml}). */
@Configuration
class ReconciliationConfiguration {

    /**
     * {@code psygate.billing.return-threads} threads: a settlement waits on the ledger's writes most of its time,
     * and the answers of different batches do not touch the same sessions, so that the next answer is read and
     * settled meanwhile. The threads start and stop with the route.
     */
    @Bean
    AnswerLanes answerLanes(BillingProperties props) {
        return new AnswerLanes(props.returnThreads(), "direct:insurer-return-settle");
    }
}
