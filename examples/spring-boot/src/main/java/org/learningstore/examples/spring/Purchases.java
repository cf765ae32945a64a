package org.learningstore.examples.spring;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Purchases extends JpaRepository<Purchase, UUID> {
}
