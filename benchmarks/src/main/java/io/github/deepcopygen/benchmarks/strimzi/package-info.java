/**
 * The benchmarks' copiers for Strimzi's custom resources and every class they reach, as the
 * strimzi-model outside project has them. Two fields have no setter and no constructor Jackson's
 * mapping names, and are acknowledged: a rack's topology key (set through {@code new Rack(String)})
 * and a listener status's bootstrap servers (derived from its addresses, which are copied).
 */
@DeepCopy.Include(
    value = {
      Kafka.class,
      KafkaTopic.class,
      KafkaUser.class,
      KafkaConnect.class,
      KafkaNodePool.class
    },
    transitive = true,
    uncopiedFields = {
      "io.strimzi.api.kafka.model.common.Rack.topologyKey",
      "io.strimzi.api.kafka.model.kafka.listener.ListenerStatus.bootstrapServers"
    })
package io.github.deepcopygen.benchmarks.strimzi;

import io.github.deepcopygen.DeepCopy;
import io.strimzi.api.kafka.model.connect.KafkaConnect;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
