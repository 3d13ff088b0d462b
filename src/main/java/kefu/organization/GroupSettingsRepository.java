package kefu.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupSettingsRepository extends JpaRepository<GroupSettings, Integer> {}
